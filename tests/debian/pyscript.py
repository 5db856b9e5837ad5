"""tests/debian/pyscript.py: exercise the standard library modules that
need native code (json, hashlib, zlib, lzma, bz2, decimal, re, struct,
sqlite3, math, datetime, binascii, collections, fractions) in one process,
without threads, printing results that must not depend on the machine."""
import binascii, bz2, collections, datetime, decimal, fractions, hashlib, json
import lzma, math, os, re, sqlite3, struct, sys, zlib

data = open("big.txt", "rb").read()
print(len(data), hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest())
print(hashlib.sha3_256(b"abc").hexdigest(), hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.sha512(b"x" * 1000).hexdigest()[:32], hashlib.sha1(b"").hexdigest())

z = zlib.compress(data, 9)
print(len(z), zlib.crc32(data), zlib.adler32(data), zlib.decompress(z) == data)
x = lzma.compress(data, preset=6)
print(lzma.decompress(x) == data, len(lzma.compress(b"abc" * 100, format=lzma.FORMAT_ALONE)))
b = bz2.compress(data)
print(len(b), bz2.decompress(b) == data)

obj = {"name": "runforeign", "n": [1, 2.5, -3e-5, 10 ** 20], "ok": True, "none": None,
       "nested": {"k": "\u00e9\u20ac", "t": (1, 2)}}
s = json.dumps(obj, sort_keys=True, indent=1)
print(s)
print(json.loads(s)["nested"], json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
print(json.loads('[1e400, -0.0, 1.1, 123456789012345678901234567890]'))

D = decimal.Decimal
decimal.getcontext().prec = 50
print(D(1) / D(7), D(2).sqrt(), D("1.1") + D("2.2"), D(10).ln().quantize(D("1e-30")))
print(D("123.456").quantize(D("0.1"), rounding=decimal.ROUND_HALF_EVEN), D(1).exp())
print(fractions.Fraction(355, 113) - fractions.Fraction(22, 7), fractions.Fraction(0.1))

print(re.findall(r"line (\d+): (\d+)", data.decode()[:200]))
print(re.sub(r"(?P<w>[aeiou])", r"[\g<w>]", "emulation"), re.split(r"\s*,\s*", "a , b,c ,d"))
print(bool(re.fullmatch(r"(?i)[a-z]+\d{2,3}", "AbC123")), re.search(r"(?<=-)\w+", "x-yz").group())

p = struct.pack("<hIqdf3s?", -2, 0xdeadbeef, -(2 ** 60), math.pi, 1.5, b"abc", True)
print(binascii.hexlify(p), struct.unpack("<hIqdf3s?", p), struct.calcsize("@iqc"))
print(struct.pack(">Q", 2 ** 64 - 1), struct.unpack("<e", b"\x00\x3c"))

con = sqlite3.connect(":memory:")
con.execute("create table t (k text, v real)")
con.executemany("insert into t values (?, ?)", [("a", 1.5), ("b", 2.25), ("a", 3.0)])
print(con.execute("select k, sum(v), count(*) from t group by k order by k").fetchall())
print(con.execute("select json_object('x', 1), sqlite_version() > '3'").fetchone())

print(math.factorial(30), math.gcd(2 ** 40, 6 ** 20), math.isqrt(10 ** 30), math.comb(50, 25))
print(math.sin(1.0), math.exp(-745), math.fsum([0.1] * 10), math.lgamma(10.5), math.erf(0.5))
print(math.nextafter(1.0, 2.0), float.hex(1 / 3), (2.5).as_integer_ratio(), round(2.675, 2))
print(1e16 + 1, 0.1 + 0.2, 10 ** 40 // 7, pow(3, 1000, 10 ** 9 + 7), -7 // 2, divmod(-7.5, 2))
print(datetime.datetime(2024, 2, 29, 12, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=366))
print(datetime.date(2020, 1, 1).isocalendar(), datetime.datetime.fromtimestamp(1e9, datetime.timezone.utc))
c = collections.Counter(open("words.txt").read().split())
print(sorted(c.items()), collections.OrderedDict(a=1, b=2))
print(sorted(os.listdir("tree")), os.stat("a.txt").st_size, os.path.getmtime("a.txt"))
print(sys.byteorder, sys.maxsize, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(sum(i * i for i in range(10 ** 5)), sorted({3: "c", 1: "a"}.items()), hash("x") == hash("x"))
print(repr(b"\x00\xff".decode("latin-1")), "stra\u00dfe".upper(), "\u00e9".encode("utf-8"))
