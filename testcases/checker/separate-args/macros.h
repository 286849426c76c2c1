/* given with -imacros: see separate-args.c */
#define FROM_IMACROS 1
