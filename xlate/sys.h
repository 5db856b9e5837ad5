/*
 * sys.h -- what the branch/exception handlers (xlate/branch.c) need from
 * the system-instruction handlers (xlate/sys.c).
 */
#ifndef RF_XLATE_SYS_H
#define RF_XLATE_SYS_H

/* sys_context_sync -- a context synchronization event (ISB, exception
 * entry): translations invalidated by earlier IC IVAU instructions are
 * dropped at the next block boundary. */
void sys_context_sync(void);

#endif
