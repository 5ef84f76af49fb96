// Reference oracle for scripts/reference/goldens.mjs: answers with Maven's own maven-artifact classes
// (ComparableVersion, DefaultArtifactVersion, VersionRange), one JSON request per stdin line, one JSON answer per line.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;
import org.apache.maven.artifact.versioning.VersionRange;

public class Oracle {
  // Just enough JSON for the protocol: objects of strings and arrays of strings.
  private static final class Json {
    final String s; int i;
    Json(String s) { this.s = s; }
    void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
    Object value() {
      ws();
      char c = s.charAt(i);
      if (c == '"') return string();
      if (c == '[') { i++; List<Object> l = new ArrayList<>(); ws(); if (s.charAt(i) == ']') { i++; return l; }
        while (true) { l.add(value()); ws(); char d = s.charAt(i++); if (d == ']') return l; } }
      if (c == '{') { i++; Map<String, Object> m = new LinkedHashMap<>(); ws(); if (s.charAt(i) == '}') { i++; return m; }
        while (true) { ws(); String k = string(); ws(); i++; m.put(k, value()); ws(); char d = s.charAt(i++); if (d == '}') return m; } }
      throw new IllegalArgumentException("unexpected " + c);
    }
    String string() {
      StringBuilder b = new StringBuilder(); i++;
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c != '\\') { b.append(c); continue; }
        char e = s.charAt(i++);
        switch (e) {
          case 'n': b.append('\n'); break; case 't': b.append('\t'); break; case 'r': b.append('\r'); break;
          case 'b': b.append('\b'); break; case 'f': b.append('\f'); break;
          case 'u': b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; break;
          default: b.append(e);
        }
      }
    }
  }

  static String quote(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : v.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) continue;
      Map<String, Object> req = (Map<String, Object>) new Json(line).value();
      String op = (String) req.get("op");
      switch (op) {
        case "parse": new ComparableVersion((String) req.get("v")); out.println("true"); break;
        case "range":
          try { VersionRange.createFromVersionSpec((String) req.get("r")); out.println("true"); }
          catch (Exception e) { out.println("false"); }
          break;
        case "cmp": {
          int c = new ComparableVersion((String) req.get("a")).compareTo(new ComparableVersion((String) req.get("b")));
          out.println(Integer.signum(c));
          break;
        }
        case "sort": {
          List<String> vs = new ArrayList<>((List<String>) (List<?>) req.get("vs"));
          vs.sort((x, y) -> new ComparableVersion(x).compareTo(new ComparableVersion(y)));
          StringBuilder b = new StringBuilder("[");
          for (int k = 0; k < vs.size(); k++) {
            String rel = k == 0 ? "" : new ComparableVersion(vs.get(k - 1)).compareTo(new ComparableVersion(vs.get(k))) == 0 ? "=" : "<";
            if (k > 0) b.append(',');
            b.append('[').append(quote(rel)).append(',').append(quote(vs.get(k))).append(']');
          }
          out.println(b.append(']'));
          break;
        }
        case "sat": {
          VersionRange range = VersionRange.createFromVersionSpec((String) req.get("r"));
          StringBuilder b = new StringBuilder("[");
          List<String> vs = (List<String>) (List<?>) req.get("vs");
          for (int k = 0; k < vs.size(); k++) {
            if (k > 0) b.append(',');
            b.append(range.containsVersion(new DefaultArtifactVersion(vs.get(k))));
          }
          out.println(b.append(']'));
          break;
        }
        default: throw new IllegalArgumentException("unknown op " + op);
      }
    }
    out.flush();
  }
}
