// Golden results from the Rust `semver` crate (1.0, what Cargo uses), built offline from Debian's librust-semver-dev.
// Usage: reference order <versions.txt   -> "invalid<TAB>v" lines, then "<rank><TAB>v" in Ord order (equal share a rank)
//        reference matches PROBES <reqs.txt -> per requirement "invalid<TAB>req" or "<bits><TAB>req",
//                                             bit i = VersionReq::matches(probe i) (1/0), probes read from PROBES
//                                             (lines the crate cannot parse as a Version are skipped);
//        reference matches-hex PROBES <reqs.txt -> the same bits packed as hex, 4 probes per digit, first probe in
//                                             the high bit.
use semver::{Version, VersionReq};
use std::collections::BTreeSet;
use std::io::{self, BufRead, Write};

fn lines() -> Vec<String> {
    io::stdin().lock().lines().map(|l| l.unwrap()).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = io::stdout();
    let mut out = out.lock();
    match args.get(1).map(|s| s.as_str()) {
        Some("order") => {
            let mut seen = BTreeSet::new();
            let mut valid: Vec<(Version, String)> = Vec::new();
            for l in lines() {
                if !seen.insert(l.clone()) { continue; }
                match l.parse::<Version>() {
                    Ok(v) => valid.push((v, l)),
                    Err(_) => writeln!(out, "invalid\t{}", l).unwrap(),
                }
            }
            valid.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
            let mut rank = 0;
            for i in 0..valid.len() {
                if i > 0 && valid[i - 1].0 != valid[i].0 { rank += 1; }
                writeln!(out, "{}\t{}", rank, valid[i].1).unwrap();
            }
        }
        Some(mode @ ("matches" | "matches-hex")) => {
            let hex = mode == "matches-hex";
            let probes: Vec<Version> = std::fs::read_to_string(&args[2]).unwrap().lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .filter_map(|l| l.parse::<Version>().ok()).collect();
            let mut seen = BTreeSet::new();
            for l in lines() {
                if !seen.insert(l.clone()) { continue; }
                match l.parse::<VersionReq>() {
                    Ok(req) => {
                        let mut bits: String = probes.iter().map(|p| if req.matches(p) { '1' } else { '0' }).collect();
                        if hex {
                            while bits.len() % 4 != 0 { bits.push('0'); }
                            bits = bits.as_bytes().chunks(4)
                                .map(|c| format!("{:x}", u8::from_str_radix(std::str::from_utf8(c).unwrap(), 2).unwrap()))
                                .collect();
                        }
                        writeln!(out, "{}\t{}", bits, l).unwrap();
                    }
                    Err(_) => writeln!(out, "invalid\t{}", l).unwrap(),
                }
            }
        }
        _ => panic!("usage: reference order|matches PROBES"),
    }
}
