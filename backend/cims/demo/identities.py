"""Made-up identities for the rows of the public credit data sets.

The data sets describe real people by their attributes only. Each row gets a
Chinese identity invented here from ``(seed, data set, row number)``: a name with its
pinyin spelling, a resident ID number whose birth date and sex agree with the row,
a mobile number, an e-mail address at a reserved example domain, an address and a
branch. The same seed always gives the same identities, a different seed others.

Nothing here describes a real person: names are drawn from common surnames and
given-name characters, numbers are random within valid formats.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate

import phonenumbers
from pypinyin import Style, lazy_pinyin
from stdnum.cn import ric

from cims.models.enums import Gender


@dataclass(frozen=True)
class BranchSpec:
    code: str
    name: str
    name_en: str
    city: str
    province: str  # empty for the municipalities directly under the State Council
    districts: tuple[tuple[str, str], ...]  # (region code, district name)


# Data tables below read better in rows than one item to a line.
# fmt: off
BRANCHES: tuple[BranchSpec, ...] = (
    BranchSpec("BJ01", "北京分行", "Beijing Branch", "北京", "", (
        ("110101", "东城区"), ("110102", "西城区"), ("110105", "朝阳区"),
        ("110106", "丰台区"), ("110108", "海淀区"))),
    BranchSpec("SH01", "上海分行", "Shanghai Branch", "上海", "", (
        ("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"),
        ("310106", "静安区"), ("310110", "杨浦区"))),
    BranchSpec("SZ01", "深圳分行", "Shenzhen Branch", "深圳", "广东省", (
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"),
        ("440306", "宝安区"))),
    BranchSpec("HZ01", "杭州分行", "Hangzhou Branch", "杭州", "浙江省", (
        ("330102", "上城区"), ("330105", "拱墅区"), ("330106", "西湖区"),
        ("330108", "滨江区"))),
    BranchSpec("CD01", "成都分行", "Chengdu Branch", "成都", "四川省", (
        ("510104", "锦江区"), ("510105", "青羊区"), ("510107", "武侯区"),
        ("510108", "成华区"))),
)
# Branch shares: the two largest cities hold more customers.
BRANCH_WEIGHTS = tuple(accumulate((30, 28, 16, 14, 12)))  # cumulative

# Places of birth for customers who moved to their branch's city.
BIRTHPLACES = (
    "420106", "320102", "430102", "410105", "370102", "610113", "350203", "120101",
    "120103", "330122", "510121",
)
# Codes that python-stdnum accepts for every birth year, used when no preferred code
# existed yet in the birth year (its table dates many districts from 1983 on).
ANY_YEAR_REGIONS = ("110101", "110105", "110108", "310104", "310106", "120101")

# Common surnames with weights near their shares in the population (per mille).
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22),
    ("赵", 20), ("吴", 18), ("周", 17), ("徐", 13), ("孙", 12), ("马", 12), ("朱", 11),
    ("胡", 11), ("郭", 10), ("何", 9), ("高", 9), ("林", 9), ("罗", 9), ("郑", 8),
    ("梁", 8), ("谢", 6), ("宋", 5), ("唐", 5), ("许", 5), ("韩", 5), ("冯", 4),
    ("邓", 4), ("曹", 4), ("彭", 4), ("曾", 4), ("肖", 4), ("田", 3), ("董", 3),
    ("袁", 3), ("潘", 3), ("于", 3), ("蒋", 3), ("蔡", 3), ("余", 3), ("杜", 3),
    ("叶", 3), ("程", 3), ("苏", 2), ("魏", 2), ("吕", 2), ("丁", 2), ("任", 2),
    ("沈", 2), ("姚", 2), ("卢", 2), ("姜", 2), ("崔", 2), ("钟", 2), ("谭", 2),
    ("陆", 2), ("汪", 2), ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 2),
    ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2), ("孟", 2),
    ("熊", 1), ("秦", 1), ("邱", 1), ("江", 1), ("尹", 1), ("薛", 1), ("闫", 1),
    ("段", 1), ("雷", 1), ("侯", 1), ("龙", 1), ("史", 1), ("陶", 1), ("黎", 1),
    ("贺", 1), ("顾", 1), ("毛", 1), ("郝", 1), ("龚", 1), ("邵", 1), ("万", 1),
    ("钱", 1), ("严", 1), ("覃", 1), ("武", 1), ("戴", 1), ("莫", 1), ("孔", 1),
    ("向", 1), ("汤", 1), ("欧阳", 1), ("上官", 1), ("司马", 1),
)
# fmt: on
_SURNAME_CHOICES = tuple(s for s, _ in SURNAMES)
_SURNAME_WEIGHTS = tuple(accumulate(w for _, w in SURNAMES))  # cumulative
# pypinyin reads these surnames by their everyday reading, not the surname one.
_SURNAME_PINYIN = {"曾": "zeng", "覃": "qin"}

# Given-name characters without a second reading, so that the pinyin is certain.
GIVEN_MALE = (
    "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆"
    "帅旭宁龙林峰建国志文博晨睿轩子豪然嘉毅昊天翔泽阳瑞鸿振"
)
GIVEN_FEMALE = (
    "芳娜敏静丽艳娟霞秀英燕玲桂丹萍红玉兰婷雪琳晶颖"
    "慧欣悦怡梦佳雨思涵琪妍诗月倩璐晓蕾薇洁"
)

# fmt: off
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
    "152", "155", "156", "157", "158", "159", "166", "176", "177", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "198", "199",
)
# Reserved for examples (RFC 2606): no made-up address can reach a real mailbox.
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
STREETS = (
    "人民路", "建设路", "解放路", "中山路", "和平路", "幸福路", "文化路", "新华路",
    "光明路", "胜利路", "青年路", "学府路", "科技路", "滨江路", "花园路", "东风路",
)
# fmt: on


@dataclass(frozen=True)
class Identity:
    family_name: str
    given_name: str
    full_name: str
    name_latin: str
    gender: Gender
    birth_date: date
    id_number: str
    mobile_phone: str  # E.164, the form the domain stores
    email: str
    address: str
    branch: BranchSpec


def row_random(seed: int, dataset: str, row: int, purpose: str) -> random.Random:
    """A generator of its own for one row and purpose; string seeds hash stably."""
    return random.Random(f"cims-demo:{seed}:{dataset}:{row}:{purpose}")


def make_identity(
    seed: int,
    dataset: str,
    row: int,
    *,
    age: int | None,
    gender: Gender | None,
    reference_date: date,
    attempt: int = 0,
) -> Identity:
    """The identity of one row; ``attempt`` > 0 draws another, to avoid a clash.

    Where the data set gives no age or sex, both are drawn for the row.
    """
    rng = row_random(seed, dataset, row, f"identity:{attempt}")
    gender = gender or rng.choice((Gender.MALE, Gender.FEMALE))
    age = made_up_age(rng) if age is None else age
    family, given = _name(rng, gender)
    latin_family, latin_given = _pinyin(family, surname=True), _pinyin(given)
    birth_date = birth_date_for_age(rng, age, reference_date)
    branch = rng.choices(BRANCHES, cum_weights=BRANCH_WEIGHTS)[0]
    return Identity(
        family_name=family,
        given_name=given,
        full_name=family + given,
        name_latin=f"{latin_family.capitalize()} {latin_given.capitalize()}",
        gender=gender,
        birth_date=birth_date,
        id_number=resident_id(rng, branch, birth_date, gender),
        mobile_phone=mobile_phone(rng),
        email=_email(rng, latin_family, latin_given, birth_date),
        address=_address(rng, branch),
        branch=branch,
    )


def _name(rng: random.Random, gender: Gender) -> tuple[str, str]:
    family = rng.choices(_SURNAME_CHOICES, cum_weights=_SURNAME_WEIGHTS)[0]
    chars = GIVEN_MALE if gender is Gender.MALE else GIVEN_FEMALE
    length = 1 if rng.random() < 0.3 else 2
    return family, "".join(rng.choice(chars) for _ in range(length))


@lru_cache(maxsize=8192)
def _pinyin(text: str, surname: bool = False) -> str:
    """Hanyu pinyin without tones, as on a passport: ü after l and n written yu."""
    if surname and text in _SURNAME_PINYIN:
        return _SURNAME_PINYIN[text]
    syllables = [_plain_u(s) for s in lazy_pinyin(text, style=Style.NORMAL)]
    # An apostrophe keeps a syllable that starts with a vowel from running on.
    return syllables[0] + "".join(
        f"'{s}" if s[0] in "aoe" else s for s in syllables[1:]
    )


def _plain_u(syllable: str) -> str:
    if syllable in {"lv", "nv"}:
        return syllable[0] + "yu"
    return syllable.replace("v", "u")


def made_up_age(rng: random.Random) -> int:
    """An adult card holder's age, centred on the mid-thirties."""
    return min(70, max(21, round(rng.gauss(37, 10))))


def birth_date_for_age(rng: random.Random, age: int, reference_date: date) -> date:
    """A birth date on which a person is exactly ``age`` on ``reference_date``."""
    latest = years_before(reference_date, age)
    earliest = years_before(reference_date, age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randrange((latest - earliest).days + 1))


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def age_on(birth_date: date, reference_date: date) -> int:
    before_birthday = (reference_date.month, reference_date.day) < (
        birth_date.month,
        birth_date.day,
    )
    return reference_date.year - birth_date.year - before_birthday


def resident_id(
    rng: random.Random, branch: BranchSpec, birth_date: date, gender: Gender
) -> str:
    """An 18-digit resident ID: region, birth date, sequence, sex digit, check digit.

    The 17th digit is odd for a man and even for a woman; the last one is the
    ISO 7064 MOD 11-2 check digit.
    """
    region = _region(rng, branch, birth_date.year)
    sequence = f"{rng.randrange(100):02d}"
    sex_digit = rng.choice("13579" if gender is Gender.MALE else "02468")
    body = f"{region}{birth_date:%Y%m%d}{sequence}{sex_digit}"
    return body + ric.calc_check_digit(body + "0")


def _region(rng: random.Random, branch: BranchSpec, year: int) -> str:
    local = [code for code, _ in branch.districts]
    preferred = local if rng.random() < 0.6 else list(BIRTHPLACES)
    rng.shuffle(preferred)
    for code in preferred:
        if _region_known_in(code, year):
            return code
    return rng.choice(ANY_YEAR_REGIONS)


@lru_cache(maxsize=4096)
def _region_known_in(code: str, year: int) -> bool:
    body = f"{code}{year}0101001"
    try:
        return ric.is_valid(body + ric.calc_check_digit(body + "0"))
    except KeyError:  # python-stdnum 2.2 raises it for a code without a county
        return False


def mobile_phone(rng: random.Random) -> str:
    """A valid mainland mobile number in E.164 form."""
    while True:
        national = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        number = phonenumbers.parse(national, "CN")
        if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE:
            return phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.E164
            )


def _email(rng: random.Random, family: str, given: str, birth_date: date) -> str:
    family, given = family.replace("'", ""), given.replace("'", "")
    local = rng.choice(
        (
            f"{family}.{given}",
            f"{given}{family}{rng.randrange(10, 100)}",
            f"{family}{given}{birth_date:%y}",
            f"{given[0]}{family}{rng.randrange(100, 1000)}",
        )
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _address(rng: random.Random, branch: BranchSpec) -> str:
    _, district = rng.choice(branch.districts)
    street = rng.choice(STREETS)
    number, building = rng.randrange(1, 300), rng.randrange(1, 30)
    room = rng.randrange(1, 33) * 100 + rng.randrange(1, 7)
    place = f"{branch.province}{branch.city}市{district}"
    return f"{place}{street}{number}号{building}栋{room}室"


class IdentityBook:
    """Hands out identities whose ID number, mobile number and e-mail are unique.

    A clash draws the row again with the next ``attempt``; as rows are taken in a
    fixed order, the result is still a function of the seed alone.
    """

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._taken: set[str] = set()

    def identity(
        self,
        dataset: str,
        row: int,
        *,
        age: int | None,
        gender: Gender | None,
        reference_date: date,
    ) -> Identity:
        for attempt in range(100):
            who = make_identity(
                self.seed,
                dataset,
                row,
                age=age,
                gender=gender,
                reference_date=reference_date,
                attempt=attempt,
            )
            keys = {who.id_number, who.mobile_phone, who.email}
            if not keys & self._taken:
                self._taken |= keys
                return who
        raise RuntimeError("no unique identity after 100 attempts")
