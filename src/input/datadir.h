/* Where templates/ and fonts/ are: $VOORTGANG_DATADIR, else the folder of
 * the executable when it holds templates/ (running from the source tree),
 * else <exe>/../share/voortgang (after make install). */
#ifndef VG_DATADIR_H
#define VG_DATADIR_H

/* The data folder, computed once; never NULL (falls back to "."). */
const char *datadir(void);
/* malloc'ed "<datadir>/<sub>/<name>". */
char *datadir_path(const char *sub, const char *name);

#endif
