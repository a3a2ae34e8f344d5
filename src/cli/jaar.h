/* `voortgang jaar`: the annual report of one opgave from its quarterly
 * reports of one year. */
#ifndef VG_JAAR_H
#define VG_JAAR_H

/* argv[0] is "jaar"; returns the exit status (0, 1, 2 or 3). */
int cmd_jaar(int argc, char **argv);

#endif
