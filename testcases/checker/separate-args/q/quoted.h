/* found only through -iquote: see separate-args.c */
#define QUOTED 1
