/*
 * ipc.h -- arm64 System V IPC structures (include/uapi/asm-generic/
 * ipcbuf.h, sembuf.h, shmbuf.h, msgbuf.h, 64-bit).  x86-64 uses the same
 * shmid64_ds and msqid64_ds, but its own semid64_ds, with padding words
 * after sem_otime and sem_ctime (arch/x86/include/uapi/asm/sembuf.h): that
 * one is converted, the others are copied.
 */
#ifndef RF_ABI_IPC_H
#define RF_ABI_IPC_H

#include <stddef.h>
#include <stdint.h>

struct guest_ipc64_perm {
	int32_t key;
	uint32_t uid, gid, cuid, cgid;
	uint32_t mode;
	uint16_t seq;
	uint16_t pad2;
	uint32_t pad3;
	uint64_t unused1, unused2;
};
_Static_assert(sizeof(struct guest_ipc64_perm) == 48, "ipc64_perm size");
_Static_assert(offsetof(struct guest_ipc64_perm, seq) == 24, "ipc64_perm.seq");

struct guest_semid64_ds {
	struct guest_ipc64_perm sem_perm;
	int64_t sem_otime;
	int64_t sem_ctime;
	uint64_t sem_nsems;
	uint64_t unused3, unused4;
};
_Static_assert(sizeof(struct guest_semid64_ds) == 88, "semid64_ds size");
_Static_assert(offsetof(struct guest_semid64_ds, sem_nsems) == 64, "semid64_ds.sem_nsems");

/* shmid64_ds (112 bytes) and msqid64_ds (120 bytes) are the host's too. */
#define GUEST_SHMID64_DS_SIZE 112
#define GUEST_MSQID64_DS_SIZE 120
/* struct shminfo64 (the largest IPC_INFO answer) and struct seminfo. */
#define GUEST_SHMINFO64_SIZE 72
#define GUEST_SEMINFO_SIZE 40

/* Commands (include/uapi/linux/ipc.h, sem.h, shm.h, msg.h). */
#define GUEST_IPC_RMID 0
#define GUEST_IPC_SET 1
#define GUEST_IPC_STAT 2
#define GUEST_IPC_INFO 3
#define GUEST_IPC_64 0x0100
#define GUEST_GETPID 11
#define GUEST_GETVAL 12
#define GUEST_GETALL 13
#define GUEST_GETNCNT 14
#define GUEST_GETZCNT 15
#define GUEST_SETVAL 16
#define GUEST_SETALL 17
#define GUEST_SEM_STAT 18
#define GUEST_SEM_INFO 19
#define GUEST_SEM_STAT_ANY 20
#define GUEST_SHM_LOCK 11
#define GUEST_SHM_UNLOCK 12
#define GUEST_SHM_STAT 13
#define GUEST_SHM_INFO 14
#define GUEST_SHM_STAT_ANY 15
#define GUEST_MSG_STAT 11
#define GUEST_MSG_INFO 12
#define GUEST_MSG_STAT_ANY 13
#define GUEST_SHM_RDONLY 010000
#define GUEST_SHM_RND 020000
#define GUEST_SHM_REMAP 040000
#define GUEST_SHM_EXEC 0100000
#define GUEST_SHMLBA 4096

struct semid_ds;
/* abi_semid_to_guest / _to_host -- semid64_ds between the layouts. */
void abi_semid_to_guest(struct guest_semid64_ds *g, const struct semid_ds *h);
void abi_semid_to_host(struct semid_ds *h, const struct guest_semid64_ds *g);

#endif
