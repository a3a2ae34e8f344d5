/* `voortgang verifieer`: whether an archived report was made from given
 * input files, by the SHA-256 digests it carries. */
#ifndef VG_VERIFIEER_H
#define VG_VERIFIEER_H

int cmd_verifieer(int argc, char **argv);

#endif
