# Reference for scripts/reference/hex/bridge.mjs (hex-encoded lines): R's own package_version (base R) and the
# dependency reading of tools:::.split_op_version, compared with R's Ops on package_version, as loadNamespace()
# and install.packages() check "pkg (>= 1.2-3)". Run with Rscript (Debian r-base-core).
unhex <- function(h) {
  if (nchar(h) == 0) return("")
  bytes <- substring(h, seq(1, nchar(h), 2), seq(2, nchar(h), 2))
  rawToChar(as.raw(strtoi(bytes, 16L)))
}
tohex <- function(s) paste(sprintf("%02x", as.integer(charToRaw(s))), collapse = "")
splitList <- function(s) if (nchar(s) == 0) character() else vapply(strsplit(s, ",", fixed = TRUE)[[1]], unhex, "")

# A version R reads: package_version() accepts it (strict) and no component overflowed R's integers (NA).
version <- function(s) {
  v <- tryCatch(package_version(s), error = function(e) NULL, warning = function(w) NULL)
  if (is.null(v) || anyNA(unlist(unclass(v)))) NULL else v
}

OPS <- c("<", "<=", ">", ">=", "==", "!=")
# One condition as a DESCRIPTION dependency writes it inside its parentheses, read by R's own parser.
condition <- function(part) {
  parsed <- tryCatch(tools:::.split_op_version(paste0("pkg (", part, ")")), error = function(e) NULL, warning = function(w) NULL)
  if (is.null(parsed) || is.null(parsed$op) || !(parsed$op %in% OPS) || !inherits(parsed$version, "package_version")) return(NULL)
  if (anyNA(unlist(unclass(parsed$version)))) return(NULL)
  parsed
}
# The native range: conditions separated by commas (strsplit drops a trailing empty field, so one is added first).
conditions <- function(r) {
  parts <- strsplit(paste0(r, ","), ",", fixed = TRUE)[[1]]
  out <- lapply(parts, condition)
  if (any(vapply(out, is.null, TRUE))) NULL else out
}

answer <- function(f) {
  op <- f[1]
  if (op == "parse") return(if (is.null(version(unhex(f[2])))) "0" else "1")
  if (op == "range") return(if (is.null(conditions(unhex(f[2])))) "0" else "1")
  if (op == "cmp") {
    a <- package_version(unhex(f[2])); b <- package_version(unhex(f[3]))
    return(if (a < b) "-1" else if (a == b) "0" else "1")
  }
  if (op == "sort") {
    vs <- splitList(if (length(f) > 1) f[2] else "")
    pv <- package_version(vs)
    o <- order(pv, vs)
    rel <- character(length(o))
    for (i in seq_along(o)) rel[i] <- if (i == 1) "" else if (pv[[o[i]]] == pv[[o[i - 1]]]) "=" else "<"
    return(paste0(rel, ":", vapply(vs[o], tohex, ""), collapse = ","))
  }
  if (op == "sat") {
    cs <- conditions(unhex(f[2]))
    vs <- splitList(if (length(f) > 2) f[3] else "")
    ok <- vapply(vs, function(v) {
      pv <- package_version(v)
      all(vapply(cs, function(c) isTRUE(do.call(c$op, list(pv, c$version))), TRUE))
    }, TRUE)
    return(paste(ifelse(ok, "1", "0"), collapse = ","))
  }
  stop(op)
}

con <- file("stdin")
lines <- readLines(con)
close(con)
for (line in lines) cat(answer(strsplit(line, "\t", fixed = TRUE)[[1]]), "\n", sep = "")
