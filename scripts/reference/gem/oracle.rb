# Oracle for goldens.mjs: answers with Debian's ruby (RubyGems 3.3), the reference for Gem::Version/Requirement.
require 'json'
require 'rubygems'

def version(text)
  Gem::Version.new(text)
rescue ArgumentError
  nil
end

# The native range syntax: a comma-separated Gemfile/gemspec requirement list.
def requirement(text)
  Gem::Requirement.new(*text.split(',', -1))
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
  when 'cmp' then Gem::Version.new(req['a']) <=> Gem::Version.new(req['b'])
  when 'sort'
    prev = nil
    req['vs'].map { |s| [Gem::Version.new(s), s] }.sort { |x, y| (x[0] <=> y[0]).nonzero? || (x[1] <=> y[1]) }.map do |v, s|
      rel = prev.nil? ? '' : (v == prev ? '=' : '<')
      prev = v
      [rel, s]
    end
  when 'sat'
    r = requirement(req['r'])
    req['vs'].map { |v| r.satisfied_by?(Gem::Version.new(v)) }
  else raise req['op']
  end
end

$stdin.each_line { |line| puts JSON.generate(answer(JSON.parse(line))) }
