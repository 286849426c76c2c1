/* found only through -idirafter: see separate-args.c */
#define AFTER 1
