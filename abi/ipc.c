/*
 * ipc.c -- semid64_ds conversion (see ipc.h).  The host C library's
 * struct semid_ds has the x86-64 kernel layout.
 */
#include <string.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/msg.h>
#include "abi/ipc.h"

_Static_assert(sizeof(struct shmid_ds) == GUEST_SHMID64_DS_SIZE, "host shmid_ds is asm-generic");
_Static_assert(sizeof(struct msqid_ds) == GUEST_MSQID64_DS_SIZE, "host msqid_ds is asm-generic");
_Static_assert(sizeof(struct ipc_perm) == sizeof(struct guest_ipc64_perm), "ipc64_perm");

void abi_semid_to_guest(struct guest_semid64_ds *g, const struct semid_ds *h)
{
	memset(g, 0, sizeof *g);
	memcpy(&g->sem_perm, &h->sem_perm, sizeof g->sem_perm);
	g->sem_otime = h->sem_otime;
	g->sem_ctime = h->sem_ctime;
	g->sem_nsems = h->sem_nsems;
}

void abi_semid_to_host(struct semid_ds *h, const struct guest_semid64_ds *g)
{
	memset(h, 0, sizeof *h);
	memcpy(&h->sem_perm, &g->sem_perm, sizeof g->sem_perm);
	h->sem_otime = g->sem_otime;
	h->sem_ctime = g->sem_ctime;
	h->sem_nsems = g->sem_nsems;
}
