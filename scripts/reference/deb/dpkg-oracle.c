/* Line protocol over libdpkg (dpkg's own parseversion and dpkg_version_compare/relate), driven by oracle.py:
 *   p<TAB>version            -> ok | warn | error
 *   c<TAB>a<TAB>b            -> -1 | 0 | 1
 *   r<TAB>a<TAB>rel<TAB>b    -> 1 | 0     (rel: << <= = >= >>)
 */
#include <stdio.h>
#include <string.h>
#include <dpkg/dpkg.h>
#include <dpkg/dpkg-db.h>
#include <dpkg/version.h>
#include <dpkg/error.h>

static int parse(struct dpkg_version *v, const char *s) {
  struct dpkg_error e = DPKG_ERROR_INIT;
  int rc = parseversion(v, s, &e);
  int type = e.type;
  dpkg_error_destroy(&e);
  if (rc < 0 && type == DPKG_MSG_ERROR) return -1;
  return rc < 0 ? 1 : 0;
}

int main(void) {
  static char line[1 << 16];
  dpkg_program_init("dpkg-oracle");
  while (fgets(line, sizeof line, stdin)) {
    line[strcspn(line, "\n")] = 0;
    char *f[4] = {0};
    int n = 0;
    for (char *p = line; n < 4; n++) {
      f[n] = p;
      char *t = strchr(p, '\t');
      if (!t) { n++; break; }
      *t = 0;
      p = t + 1;
    }
    struct dpkg_version a, b;
    if (f[0][0] == 'p') {
      int r = parse(&a, f[1]);
      puts(r < 0 ? "error" : r > 0 ? "warn" : "ok");
    } else if (f[0][0] == 'c') {
      parse(&a, f[1]);
      parse(&b, f[2]);
      int r = dpkg_version_compare(&a, &b);
      printf("%d\n", r < 0 ? -1 : r > 0 ? 1 : 0);
    } else {
      parse(&a, f[1]);
      parse(&b, f[3]);
      enum dpkg_relation rel = !strcmp(f[2], "<<") ? DPKG_RELATION_LT : !strcmp(f[2], "<=") ? DPKG_RELATION_LE
        : !strcmp(f[2], ">=") ? DPKG_RELATION_GE : !strcmp(f[2], ">>") ? DPKG_RELATION_GT : DPKG_RELATION_EQ;
      printf("%d\n", dpkg_version_relate(&a, rel, &b) ? 1 : 0);
    }
    fflush(stdout);
  }
  return 0;
}
