// A line protocol around NuGet.Versioning (built from NuGet/NuGet.Client by generate.sh), for oracle.py.
// One request per stdin line, fields separated by TAB; one answer per line:
//   p <TAB> v          -> 1 | 0      NuGetVersion.TryParse
//   c <TAB> a <TAB> b  -> -1|0|1     VersionComparer.Default.Compare
//   r <TAB> range      -> 1 | 0      VersionRange.TryParse (floating allowed, as a PackageReference reads it)
//   s <TAB> range <TAB> v -> 1 | 0   VersionRange.Satisfies
using System;
using NuGet.Versioning;

public static class Oracle
{
    public static void Main()
    {
        string line;
        var stdout = Console.Out;
        while ((line = Console.In.ReadLine()) != null)
        {
            var f = line.Split('\t');
            string answer;
            switch (f[0])
            {
                case "p":
                    answer = NuGetVersion.TryParse(f[1], out _) ? "1" : "0";
                    break;
                case "c":
                    answer = Math.Sign(VersionComparer.Default.Compare(NuGetVersion.Parse(f[1]), NuGetVersion.Parse(f[2]))).ToString();
                    break;
                case "r":
                    answer = VersionRange.TryParse(f[1], true, out _) ? "1" : "0";
                    break;
                case "s":
                    answer = VersionRange.Parse(f[1], true).Satisfies(NuGetVersion.Parse(f[2])) ? "1" : "0";
                    break;
                default:
                    answer = "?";
                    break;
            }
            stdout.WriteLine(answer);
            stdout.Flush();
        }
    }
}
