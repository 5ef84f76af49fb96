// Golden results for golang.org/x/mod/semver (the version order the go command uses).
// Reads versions, one per line, on stdin. Writes, on stdout:
//   "invalid<TAB>v" for every version semver.IsValid rejects, then
//   "<rank><TAB>v" for the valid ones in semver.Sort order, equal versions (Compare == 0) sharing a rank.
// A version written without the leading "v" (1.2.3, as OSV Go records and some SBOM generators write it) is
// first given one, as golang.org/x/vuln does before comparing OSV versions (its internal/semver
// addSemverPrefix); the line keeps the spelling read.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"golang.org/x/mod/semver"
)

func canonical(v string) string {
	if strings.HasPrefix(v, "v") {
		return v
	}
	return "v" + v
}

func main() {
	seen := map[string]bool{}
	var valid []string
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		v := in.Text()
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		if !semver.IsValid(canonical(v)) {
			fmt.Fprintf(out, "invalid\t%s\n", v)
			continue
		}
		valid = append(valid, v)
	}
	sort.SliceStable(valid, func(i, j int) bool {
		if c := semver.Compare(canonical(valid[i]), canonical(valid[j])); c != 0 {
			return c < 0
		}
		return valid[i] < valid[j]
	})
	rank := 0
	for i, v := range valid {
		if i > 0 && semver.Compare(canonical(valid[i-1]), canonical(v)) != 0 {
			rank++
		}
		fmt.Fprintf(out, "%d\t%s\n", rank, v)
	}
}
