/*
 * sysroot.c -- where the guest's own files (its dynamic linker and
 * libraries) live on the host.
 *
 * -L DIR or RUNFOREIGN_SYSROOT names it; otherwise the first existing
 * directory of the default list is used:
 *   /usr/aarch64-linux-gnu            Debian/Ubuntu cross root (libc6-arm64-cross)
 *   /usr/aarch64-linux-gnu/sys-root   Fedora-style cross root
 * and if none exists, the host root itself (a Debian host with arm64
 * multiarch packages has /lib/ld-linux-aarch64.so.1).
 */
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "loader/loader.h"

static const char *const default_sysroots[] = {
	"/usr/aarch64-linux-gnu",
	"/usr/aarch64-linux-gnu/sys-root",
};

static int is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *loader_find_sysroot(const char *dir)
{
	static char resolved[PATH_MAX];
	size_t i;

	if (dir && *dir)
		return realpath(dir, resolved) ? resolved : dir;
	for (i = 0; i < sizeof default_sysroots / sizeof default_sysroots[0]; i++)
		if (is_dir(default_sysroots[i]))
			return default_sysroots[i];
	return NULL;
}
