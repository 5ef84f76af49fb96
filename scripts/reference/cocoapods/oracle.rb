# Oracle for goldens.mjs: CocoaPods' own Pod::Version and Pod::Requirement (lib/cocoapods-core/version.rb,
# requirement.rb and the RubyGems copies they build on, lib/cocoapods-core/vendor/), loaded from a CocoaPods/Core
# checkout given as the first argument with plain Ruby: nothing else of cocoapods-core is required, so no gem is.
require 'json'
module Pod; end
$LOAD_PATH.unshift(ARGV.fetch(0))
require 'cocoapods-core/vendor'
require 'cocoapods-core/version'
require 'cocoapods-core/requirement'

def version(text)
  Pod::Version.new(text)
rescue ArgumentError
  nil
end

# The native range syntax: a comma-separated requirement list, as Podfile.lock writes it ("~> 1.0, < 1.5").
def requirement(text)
  Pod::Requirement.new(*text.split(',', -1))
end

# Pod::Version#== is compare_segments (trailing zeros and build metadata do not count); #<=> breaks its ties by
# the text, which only sorting sees. The order depindex must follow is ==, refined by <=> where they differ.
def cmp(a, b)
  a == b ? 0 : (a <=> b)
end

def answer(req)
  case req['op']
  when 'parse' then !version(req['v']).nil?
  when 'range'
    begin
      requirement(req['r'])
      true
    rescue ArgumentError
      false
    end
  when 'cmp' then cmp(Pod::Version.new(req['a']), Pod::Version.new(req['b']))
  when 'sort'
    prev = nil
    req['vs'].map { |s| Pod::Version.new(s) }.sort { |x, y| x <=> y }.map do |v|
      rel = prev.nil? ? '' : (v == prev ? '=' : '<')
      prev = v
      [rel, v.version]
    end
  when 'sat'
    r = requirement(req['r'])
    req['vs'].map do |v|
      r.satisfied_by?(Pod::Version.new(v))
    rescue NoMethodError
      # `~>` on a version with no numeric segment ("" or "0"-less) calls nil.succ in Gem::Version#bump.
      'error'
    end
  else raise req['op']
  end
end

$stdin.each_line { |line| puts JSON.generate(answer(JSON.parse(line))) }
