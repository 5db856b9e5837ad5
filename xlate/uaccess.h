/*
 * uaccess.h -- private between gmem.c and fault.c: the per-thread recovery
 * point armed while runforeign copies to or from guest memory.
 */
#ifndef RF_XLATE_UACCESS_H
#define RF_XLATE_UACCESS_H

#include <setjmp.h>

extern __thread sigjmp_buf *gmem_recover;

#endif
