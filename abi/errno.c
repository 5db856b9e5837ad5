/*
 * errno.c -- host errno to arm64 errno.  x86-64 and arm64 Linux both use the
 * asm-generic numbering, so the table is the identity over the values that
 * exist; it is still the one place the conversion happens.
 */
#include <errno.h>
#include "abi/errno.h"

_Static_assert(EHWPOISON == GUEST_EHWPOISON, "host errno numbering is asm-generic");
_Static_assert(ENAMETOOLONG == GUEST_ENAMETOOLONG && ENOSYS == GUEST_ENOSYS,
	       "host errno numbering is asm-generic");

int abi_errno_to_guest(int host_errno)
{
	if (host_errno > 0 && host_errno <= EHWPOISON)
		return host_errno;
	return GUEST_EINVAL;
}

int abi_errno_to_host(int guest_errno)
{
	if (guest_errno > 0 && guest_errno <= GUEST_EHWPOISON)
		return guest_errno;
	return EINVAL;
}
