<?php
// Oracle for goldens.mjs: answers with Debian's php-composer-semver (composer/semver 3.3), the reference.
require '/usr/share/php/Composer/Semver/autoload.php';

use Composer\Semver\Comparator;
use Composer\Semver\Semver;
use Composer\Semver\VersionParser;

$parser = new VersionParser();

function key_of($parser, $v) {
    return $parser->normalizeDefaultBranch($parser->normalize($v));
}

// Semver::sort's comparator; two different branches have no Composer order, so they go by name (as depindex does).
function cmp($parser, $a, $b) {
    $na = key_of($parser, $a);
    $nb = key_of($parser, $b);
    if ($na === $nb) return 0;
    if (strpos($na, 'dev-') === 0 && strpos($nb, 'dev-') === 0) return strcmp($na, $nb) < 0 ? -1 : 1;
    if (Comparator::lessThan($na, $nb)) return -1;
    if (Comparator::lessThan($nb, $na)) return 1;
    return 0;
}

function answer($parser, $req) {
    switch ($req['op']) {
        case 'parse':
            try { $parser->normalize($req['v']); return true; } catch (\Exception $e) { return false; }
        case 'range':
            try { $parser->parseConstraints($req['r']); return true; } catch (\Exception $e) { return false; }
        case 'cmp':
            return cmp($parser, $req['a'], $req['b']);
        case 'sort':
            $vs = $req['vs'];
            usort($vs, function ($a, $b) use ($parser) { return cmp($parser, $a, $b) ?: strcmp($a, $b); });
            $out = array();
            $prev = null;
            foreach ($vs as $v) {
                $out[] = array($prev === null ? '' : (cmp($parser, $prev, $v) === 0 ? '=' : '<'), $v);
                $prev = $v;
            }
            return $out;
        case 'sat':
            return array_map(function ($v) use ($req) { return Semver::satisfies($v, $req['r']); }, $req['vs']);
    }
    throw new \Exception('unknown op');
}

while (($line = fgets(STDIN)) !== false) {
    echo json_encode(answer($parser, json_decode($line, true)), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
}
