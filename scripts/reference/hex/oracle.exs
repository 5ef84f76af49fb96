# Reference for scripts/reference/hex/bridge.mjs: Elixir's own Version module (Version.parse/1, Version.compare/2,
# Version.parse_requirement/1, Version.match?/3 with its default allow_pre: true), which Mix and Hex build on.
defmodule Oracle do
  def unhex(h), do: Base.decode16!(h, case: :mixed)
  def split(""), do: []
  def split(list), do: list |> String.split(",") |> Enum.map(&unhex/1)

  def answer(["parse", v]), do: if(match?({:ok, _}, Version.parse(unhex(v))), do: "1", else: "0")

  def answer(["range", r]) do
    # A requirement Elixir's parser cannot evaluate raises instead of returning :error (e.g. "or 1.0.0"): refused.
    try do
      if match?({:ok, _}, Version.parse_requirement(unhex(r))), do: "1", else: "0"
    rescue
      _ -> "0"
    end
  end

  def answer(["cmp", a, b]) do
    case Version.compare(unhex(a), unhex(b)) do
      :lt -> "-1"
      :eq -> "0"
      :gt -> "1"
    end
  end

  def answer(["sort" | rest]) do
    vs = split(Enum.join(rest))
    sorted =
      Enum.sort(vs, fn a, b ->
        case Version.compare(a, b) do
          :lt -> true
          :gt -> false
          :eq -> a <= b
        end
      end)

    {items, _} =
      Enum.map_reduce(sorted, nil, fn v, prev ->
        rel =
          cond do
            prev == nil -> ""
            Version.compare(prev, v) == :eq -> "="
            true -> "<"
          end

        {rel <> ":" <> Base.encode16(v, case: :lower), v}
      end)

    Enum.join(items, ",")
  end

  def answer(["sat", r, vs]) do
    {:ok, req} = Version.parse_requirement(unhex(r))
    split(vs) |> Enum.map(fn v -> if Version.match?(v, req), do: "1", else: "0" end) |> Enum.join(",")
  end

  def answer(["sat", r]), do: answer(["sat", r, ""])
end

IO.stream(:stdio, :line)
|> Enum.each(fn line ->
  IO.puts(Oracle.answer(line |> String.trim_trailing("\n") |> String.split("\t")))
end)
