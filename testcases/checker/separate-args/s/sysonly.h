/* found only through -isystem: see separate-args.c */
#define SYSONLY 1
