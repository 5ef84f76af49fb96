/**
 * Whether a Gradle configuration only serves development: tests, annotation processing, or a build tool's own
 * classpath (linters, doc generators, coverage agents, the Kotlin compiler). Such dependencies are not shipped.
 *
 * - a camelCase word "test" or "tests" anywhere: test, testRuntimeClasspath, jvmTestCompileClasspath,
 *   androidTestImplementation, debugUnitTestRuntimeClasspath, testFixturesApi, allTestSourceSetsCompile...
 * - annotation processors: annotationProcessor, kapt*, ksp*
 * - build tools, by prefix: detekt, ktlint, dokka, kover, jacoco, checkstyle, pmd, spotbugs, errorprone, lint,
 *   jmh, signatures (animal-sniffer), kotlinCompiler*, kotlinNativeCompilerPluginClasspath,
 *   kotlinKlibCommonizerClasspath, kotlinBuildToolsApiClasspath, kotlinScriptDef*, kotlinNativeBundleConfiguration
 */
const TOOL_PREFIXES = [
  'detekt', 'ktlint', 'dokka', 'kover', 'jacoco', 'checkstyle', 'pmd', 'spotbugs', 'errorprone', 'lint', 'jmh', 'signatures',
  'kotlinCompiler', 'kotlinNativeCompilerPluginClasspath', 'kotlinKlibCommonizerClasspath', 'kotlinBuildToolsApiClasspath',
  'kotlinScriptDef', 'kotlinNativeBundleConfiguration',
];
const PROCESSOR_PREFIXES = ['annotationProcessor', 'kapt', 'ksp'];

export function isDevelopmentConfiguration(name: string): boolean {
  if (TOOL_PREFIXES.some((p) => name.startsWith(p)) || PROCESSOR_PREFIXES.some((p) => name.startsWith(p))) return true;
  // Words of a camelCase name: "jvmTestRuntimeClasspath" -> jvm, test, runtime, classpath.
  const words = name.split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  return words.some((w) => w === 'test' || w === 'tests') || words.includes('annotationprocessor');
}
