-- tests/debian/script.lua: tables, closures, string patterns, integer and
-- float arithmetic, coroutines, sorting and string.format under lua5.4.
local words = {}
for line in io.lines("words.txt") do words[#words + 1] = line end
table.sort(words)
print(table.concat(words, " "))
local count = {}
for _, w in ipairs(words) do count[w] = (count[w] or 0) + 1 end
local keys = {}
for k in pairs(count) do keys[#keys + 1] = k end
table.sort(keys, function(a, b) return count[a] > count[b] or (count[a] == count[b] and a < b) end)
for _, k in ipairs(keys) do print(k, count[k]) end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(24), 2^53, math.maxinteger + 1 == math.mininteger, 7 // 2, -7 // 2, 7.5 // 2, 3 % -2)
print(string.format("%.14g %.3e %5.1f %x %q", math.pi, 6.02214076e23, -0.05, 48879, 1/3))
print(("hello world from lua"):gsub("(%w+)", "<%1>"))
for k, v in string.gmatch("a=1, b=22, c=333", "(%w+)=(%w+)") do io.write(k, ":", v, " ") end
print()
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * 10) end end)
print(co(), co(), co())
local t = setmetatable({}, {__index = function(_, k) return k * 2 end})
print(t[21], select("#", 1, nil, 3), math.tointeger(3.0), math.type(1), math.type(1.0))
print(utf8.char(72, 228, 8364), utf8.len("häll€"), #"häll€")
print(string.pack and #string.pack("<i4d", 1, 2.5), string.unpack("<i4", "\1\0\0\0"))
local s = 0
for i = 1, 200000 do s = s + math.sin(i) * math.sqrt(i) end
print(string.format("%.6f", s))
print(os.time({year = 2020, month = 1, day = 2, hour = 3}), os.date("!%Y-%m-%d %H:%M:%S", 1e9))
print(pcall(error, {code = 42}), select(2, pcall(error, "boom", 0)))
