/*
 * A line protocol around apk-tools' own src/version.c (built unchanged from the alpinelinux/apk-tools source by
 * generate.sh, for one tag at a time). One request per stdin line, fields separated by TAB; one answer per line:
 *   v <TAB> version                 -> 1 | 0          apk_version_validate (what `apk version -c` checks)
 *   t <TAB> a <TAB> b               -> < | = | > | !  `apk version -t a b`: 2.14 compares anything; 3.x refuses
 *                                                      ("!") unless both versions validate, as app_version.c does
 *   m <TAB> version <TAB> op <TAB> bound -> 1 | 0     does a package at `version` satisfy the dependency
 *                                                      `name<op><bound>` (ops <, <=, <~, =, ~, >~, >=, >), as
 *                                                      apk_dep_is_provided (2.14) / apk_version_match (3.x) answer
 *   s <TAB> count, then count lines -> count lines    the versions in qsort order under apk_version_compare
 *                                                      (3.x: the ones that validate; the others are left out)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "apk_defines.h"
#include "apk_version.h"

static int op_mask(const char *op, int *fuzzy)
{
	int mask = 0;
	*fuzzy = 0;
	for (; *op; op++) {
		switch (*op) {
		case '<': mask |= APK_VERSION_LESS; break;
		case '>': mask |= APK_VERSION_GREATER; break;
		case '=': mask |= APK_VERSION_EQUAL; break;
		case '~': mask |= APK_VERSION_FUZZY | APK_VERSION_EQUAL; *fuzzy = 1; break;
		default: return -1;
		}
	}
	return mask;
}

static int compare(apk_blob_t a, apk_blob_t b, int fuzzy)
{
#ifdef APK3
	(void)fuzzy;
	return apk_version_compare(a, b);
#else
	return apk_version_compare_blob_fuzzy(a, b, fuzzy);
#endif
}

static int sort_cmp(const void *x, const void *y)
{
	int r = compare(APK_BLOB_STR(*(char *const *)x), APK_BLOB_STR(*(char *const *)y), 0);
	return r == APK_VERSION_LESS ? -1 : r == APK_VERSION_GREATER ? 1 : 0;
}

static void sort_lines(long count)
{
	char **items = calloc(count, sizeof *items);
	static char line[1 << 16];
	long kept = 0;
	for (long i = 0; i < count && fgets(line, sizeof line, stdin); i++) {
		line[strcspn(line, "\n")] = 0;
#ifdef APK3
		if (!apk_version_validate(APK_BLOB_STR(line))) continue;
#endif
		items[kept++] = strdup(line);
	}
	qsort(items, kept, sizeof *items, sort_cmp);
	for (long i = 0; i < kept; i++) puts(items[i]);
	puts("");
	fflush(stdout);
}

int main(void)
{
	static char line[1 << 16];
	while (fgets(line, sizeof line, stdin)) {
		size_t n = strlen(line);
		if (n && line[n - 1] == '\n') line[--n] = 0;
		char *f[4] = { line, NULL, NULL, NULL };
		for (int i = 1; i < 4; i++) {
			char *tab = f[i - 1] ? strchr(f[i - 1], '\t') : NULL;
			if (!tab) break;
			*tab = 0;
			f[i] = tab + 1;
		}
		if (f[0][0] == 's' && f[1]) {
			sort_lines(strtol(f[1], NULL, 10));
		} else if (f[0][0] == 'v' && f[1]) {
			puts(apk_version_validate(APK_BLOB_STR(f[1])) ? "1" : "0");
		} else if (f[0][0] == 't' && f[2]) {
			apk_blob_t a = APK_BLOB_STR(f[1]), b = APK_BLOB_STR(f[2]);
#ifdef APK3
			if (!apk_version_validate(a) || !apk_version_validate(b)) { puts("!"); continue; }
#endif
			int r = compare(a, b, 0);
			puts(r == APK_VERSION_LESS ? "<" : r == APK_VERSION_GREATER ? ">" : r == APK_VERSION_EQUAL ? "=" : "?");
		} else if (f[0][0] == 'm' && f[3]) {
			int fuzzy, mask = op_mask(f[2], &fuzzy);
			apk_blob_t v = APK_BLOB_STR(f[1]), bound = APK_BLOB_STR(f[3]);
			if (mask <= 0 || !apk_version_validate(bound)) { puts("!"); continue; }
#ifdef APK3
			puts(apk_version_match(v, mask, bound) ? "1" : "0");
#else
			puts(compare(v, bound, fuzzy) & mask ? "1" : "0");
#endif
		} else {
			puts("?");
		}
		fflush(stdout);
	}
	return 0;
}
