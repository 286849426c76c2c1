/* given with -include: see separate-args.c */
#define FROM_INCLUDE 1
