"""OCR benchmark: CER and throughput of plain Tesseract, the service's reader and OCRmyPDF on the same pages.

    uv run --no-sync python bench/ocr.py [--pages 4] [--repeat 2] [--ocrmypdf PATH | --no-ocrmypdf]
                                         [--kinds clean,phone] [--keep DIR]

It renders its own letters (a generator below, seed and texts apart from samples/), one page each, in six
kinds: a clean scan (PNG), a flatbed scan skewed up to 3 degrees (JPEG), a scanned PDF skewed up to 6,
a born-digital PDF, a phone photo (turned 4-7 degrees, uneven light, shadow, JPEG) and an upside-down
scan. Every system reads every page, two pages at a time (both cores busy), one Tesseract thread each:

  plain     `tesseract IMAGE - -l vie` (a PDF page is given to it rasterised at 300 dpi, not timed)
  service   `read_document` on the file's bytes, one page per worker process
  ocrmypdf  `ocrmypdf --rotate-pages --deskew --clean -l vie` (skipped with a note when not installed)

The systems take turns kind by kind (the order alternating), so that other load on the machine falls on
all of them alike; `--repeat R` times plain and service R times and keeps the median, of each kind's
batch (pages per minute) and of each page's own time (the speed bars, which are steadier). Plain Tesseract is
quick on pages it cannot read, so speed is also compared like for like, on the OCR'd pages it does read. CER is the Levenshtein distance over the true text's length, whitespace collapsed.
A Markdown table goes to stdout and everything to bench/results/ocr.json.
"""

# ruff: noqa: E501  - the letters' phrase bank below keeps one sentence per string

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from rapidfuzz.distance import Levenshtein

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from samples import paper  # noqa: E402

KINDS = ("clean", "flatbed", "scanned_pdf", "born_digital", "phone", "upside_down")
CER_BARS = {
    "clean": 0.005,
    "flatbed": 0.005,
    "scanned_pdf": 0.005,
    "born_digital": 0.005,
    "phone": 0.02,
    "upside_down": 0.02,
}
THROUGHPUT_BAR = 0.90  # the service's pages per minute over plain Tesseract's
PLAIN_READS = 0.02  # plain Tesseract's CER up to which it is taken to have read a page
WORSE_TOLERANCE = 0.001  # a page counts as worse than plain when its CER is higher by more than this
SEED = 20251122
DPI = 300

# --- letters ----------------------------------------------------------------------------------------

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Đinh",
    "Lương",
]
MIDDLE = {
    "m": ["Văn", "Đức", "Hữu", "Minh", "Quốc", "Công", "Xuân"],
    "f": ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích"],
}
GIVEN = {
    "m": ["Hùng", "Tuấn", "Khánh", "Sơn", "Phong", "Hải", "Tùng", "Nghĩa", "Lộc", "Trọng", "Quý", "Định"],
    "f": ["Hương", "Lan", "Hạnh", "Yến", "Thảo", "Nhung", "Loan", "Trâm", "Diệu", "Phượng", "Liên"],
}
PLACES = [
    ("Thái Bình", "huyện Kiến Xương", "xã Vũ Lễ", "thôn Tân Lập"),
    ("Phú Thọ", "huyện Lâm Thao", "xã Sơn Vi", "khu 6"),
    ("Bắc Giang", "huyện Lạng Giang", "xã Tân Dĩnh", "thôn Đồng Lầm"),
    ("Hà Tĩnh", "huyện Cẩm Xuyên", "xã Cẩm Thịnh", "thôn Phú Hưng"),
    ("Khánh Hòa", "thị xã Ninh Hòa", "xã Ninh Quang", "thôn Phước Lâm"),
    ("Long An", "huyện Đức Hòa", "xã Hựu Thạnh", "ấp Tân Hòa"),
    ("Kiên Giang", "huyện Châu Thành", "xã Minh Hòa", "ấp Minh Phong"),
    ("Đắk Lắk", "huyện Krông Pắc", "xã Ea Kly", "thôn 4"),
    ("Lào Cai", "huyện Bảo Thắng", "xã Xuân Quang", "thôn Cốc Sâm"),
    ("Bến Tre", "huyện Mỏ Cày Nam", "xã Đa Phước Hội", "ấp Phước Khánh"),
    ("Vĩnh Phúc", "huyện Tam Dương", "xã Hoàng Đan", "thôn Vĩnh Thịnh"),
    ("Quảng Trị", "huyện Hải Lăng", "xã Hải Phú", "thôn Trâm Lý"),
]

# Each kind of letter: title, subject, addressee, body paragraphs (one or two variants each) and signer.
LETTER_KINDS: list[dict[str, object]] = [
    {
        "title": "ĐƠN KHIẾU NẠI",
        "about": "khiếu nại Quyết định xử phạt vi phạm hành chính số {number}/QĐ-XPHC",
        "to": "Chủ tịch Ủy ban nhân dân {commune}, {district}",
        "body": [
            [
                "Ngày {date}, Chủ tịch Ủy ban nhân dân {commune} ban hành Quyết định số {number}/QĐ-XPHC xử phạt gia đình tôi {amount} đồng về hành vi xây dựng công trình không có giấy phép.",
                "Ngày {date}, tôi nhận được Quyết định số {number}/QĐ-XPHC của Chủ tịch Ủy ban nhân dân {commune}, phạt tiền {amount} đồng vì cho rằng gia đình tôi xây dựng trái phép.",
            ],
            [
                "Thực tế, gia đình tôi chỉ thay mái ngói đã mục và lát lại nền của căn nhà cấp bốn xây từ năm {old_year}, không làm thay đổi kết cấu chịu lực hay diện tích sử dụng. Việc sửa chữa như vậy được miễn giấy phép xây dựng.",
                "Công trình bị xử phạt thực chất là mái che bằng tôn dựng tạm trên sân nhà để phơi nông sản, có thể tháo dỡ bất cứ lúc nào, không phải là công trình xây dựng kiên cố.",
            ],
            [
                "Khi lập biên bản, cán bộ kiểm tra không cho gia đình tôi trình bày ý kiến và không ghi nhận các giấy tờ tôi xuất trình.",
            ],
            [
                "Vì vậy, tôi đề nghị Chủ tịch Ủy ban nhân dân xã xem xét lại và hủy bỏ Quyết định số {number}/QĐ-XPHC, hoàn trả số tiền phạt gia đình tôi đã nộp.",
            ],
        ],
        "signer": "NGƯỜI KHIẾU NẠI",
    },
    {
        "title": "ĐƠN TỐ CÁO",
        "about": "lạm thu các khoản ngoài quy định tại trường học",
        "to": "Chủ tịch Ủy ban nhân dân {district}, tỉnh {province}",
        "body": [
            [
                "Đầu năm học {school_year}, bà {official}, Hiệu trưởng Trường Trung học cơ sở {commune_name}, chỉ đạo thu của mỗi học sinh {fee} đồng gồm tiền máy chiếu, tiền vệ sinh, tiền trông xe và quỹ khuyến học.",
                "Từ tháng 9 năm {year}, ông {official}, Hiệu trưởng Trường Tiểu học {commune_name}, yêu cầu mỗi học sinh nộp {fee} đồng tiền mua sắm rèm cửa, quạt điện và sửa chữa nhà vệ sinh.",
            ],
            [
                "Phụ huynh không được họp bàn, không được nhận biên lai; nhiều gia đình khó khăn xin miễn giảm nhưng bị từ chối, con em còn bị nhắc tên trước lớp.",
            ],
            [
                "Tổng số tiền thu được ước tính hơn {amount} đồng nhưng nhà trường không công khai việc sử dụng, trong khi nhiều khoản đã được ngân sách cấp.",
            ],
            [
                "Đề nghị cơ quan có thẩm quyền thanh tra, làm rõ sai phạm, buộc hoàn trả các khoản thu trái quy định và xử lý nghiêm người vi phạm. Đề nghị giữ bí mật họ tên của người tố cáo.",
            ],
        ],
        "signer": "NGƯỜI TỐ CÁO",
    },
    {
        "title": "ĐƠN KIẾN NGHỊ",
        "about": "nạo vét mương thoát nước gây ngập úng khu dân cư",
        "to": "Ủy ban nhân dân {commune}, {district}",
        "body": [
            [
                "Tuyến mương thoát nước chạy dọc đường liên xã qua {hamlet} đã nhiều năm không được nạo vét, lòng mương bị bồi lấp, nhiều đoạn bị lấn chiếm làm lối đi vào nhà.",
            ],
            [
                "Chỉ cần mưa lớn khoảng {hours} giờ là nước tràn vào nhà dân, ngập sâu {depth} cm, kéo dài hai đến ba ngày mới rút hết. Đồ đạc hư hỏng, học sinh phải nghỉ học, người già đi lại khó khăn.",
                "Mùa mưa năm {year}, khu dân cư bị ngập bốn lần, có nơi nước lên tới {depth} cm; rác thải và bùn đất theo nước tràn vào sân, gây mùi hôi và muỗi phát triển.",
            ],
            [
                "Kiến nghị Ủy ban nhân dân xã sớm khảo sát, nạo vét toàn tuyến mương, giải tỏa các điểm lấn chiếm và xây thêm cống ngang đường trước mùa mưa bão.",
            ],
        ],
        "signer": "ĐẠI DIỆN CÁC HỘ DÂN",
    },
    {
        "title": "ĐƠN KHIẾU NẠI",
        "about": "chậm giải quyết chế độ hưu trí",
        "to": "Giám đốc Bảo hiểm xã hội {district}, tỉnh {province}",
        "body": [
            [
                "Tôi nguyên là công nhân Công ty cổ phần may {commune_name}, có {service_years} năm đóng bảo hiểm xã hội. Ngày {date}, tôi nộp đầy đủ hồ sơ đề nghị hưởng lương hưu tại bộ phận một cửa.",
            ],
            [
                "Đến nay đã hơn {months} tháng nhưng tôi chưa nhận được quyết định hưởng chế độ; mỗi lần đến hỏi, cán bộ chỉ trả lời là hồ sơ đang chờ xác minh quá trình đóng mà không nêu rõ còn thiếu giấy tờ gì.",
                "Quá thời hạn giải quyết theo giấy hẹn {months} tháng, cơ quan bảo hiểm xã hội vẫn không trả kết quả và cũng không có văn bản trả lời lý do chậm trễ.",
            ],
            [
                "Việc chậm trễ khiến gia đình tôi gặp nhiều khó khăn vì tôi không còn thu nhập nào khác. Tôi đề nghị Giám đốc Bảo hiểm xã hội xem xét, giải quyết dứt điểm hồ sơ và chi trả chế độ theo đúng quy định.",
            ],
        ],
        "signer": "NGƯỜI KHIẾU NẠI",
    },
    {
        "title": "ĐƠN PHẢN ÁNH",
        "about": "tiếng ồn từ cơ sở kinh doanh karaoke",
        "to": "Ủy ban nhân dân {commune}, {district}",
        "body": [
            [
                "Từ tháng {month} năm {year}, cơ sở kinh doanh karaoke ở đầu {hamlet} thường xuyên hoạt động đến {hour} giờ đêm, mở nhạc công suất lớn, khách hát hò, la hét ồn ào.",
            ],
            [
                "Các hộ dân xung quanh, trong đó có nhiều người già và trẻ nhỏ, mất ngủ kéo dài. Nhiều lần bà con nhắc nhở nhưng chủ cơ sở không chấp hành, còn có lời lẽ thách thức.",
            ],
            [
                "Chúng tôi phản ánh sự việc và đề nghị chính quyền địa phương kiểm tra giấy phép, việc cách âm của cơ sở, xử lý vi phạm về tiếng ồn và giờ hoạt động theo quy định.",
            ],
        ],
        "signer": "NGƯỜI LÀM ĐƠN",
    },
    {
        "title": "ĐƠN TỐ CÁO",
        "about": "bao che cho việc khai thác gỗ trái phép",
        "to": "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh {province}",
        "body": [
            [
                "Từ tháng {month} năm {year}, tại khu rừng phòng hộ giáp {hamlet}, một nhóm người thường xuyên dùng cưa máy chặt hạ cây gỗ lớn, dùng xe công nông chở ra khỏi rừng vào ban đêm.",
            ],
            [
                "Người dân đã báo cho ông {official}, cán bộ kiểm lâm phụ trách địa bàn, nhưng ông không kiểm tra, lập biên bản; có lần còn báo trước cho nhóm khai thác trốn tránh khi có đoàn kiểm tra.",
            ],
            [
                "Ước tính đã có hơn {logs} cây gỗ bị chặt hạ, diện tích rừng bị tàn phá khoảng {hectares} héc-ta, ảnh hưởng đến nguồn nước sinh hoạt của cả thôn.",
            ],
            [
                "Tôi tố cáo hành vi bao che, tiếp tay cho vi phạm của ông {official} và đề nghị cơ quan có thẩm quyền xác minh, xử lý theo quy định của pháp luật.",
            ],
        ],
        "signer": "NGƯỜI TỐ CÁO",
    },
]


def _person(rng: np.random.Generator) -> str:
    sex = "m" if rng.random() < 0.55 else "f"
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"


def compose_letter(rng: np.random.Generator) -> str:
    """A letter in the markup of samples/paper.py, filled with invented people, places and numbers."""
    kind = LETTER_KINDS[int(rng.integers(len(LETTER_KINDS)))]
    province, district, commune, hamlet = PLACES[int(rng.integers(len(PLACES)))]
    year = int(rng.integers(2021, 2025))
    day, month = int(rng.integers(1, 29)), int(rng.integers(1, 13))
    slots = {
        "province": province,
        "district": district,
        "commune": commune,
        "commune_name": commune.split(" ", 1)[1],
        "hamlet": hamlet,
        "year": year,
        "old_year": int(rng.integers(1985, 2005)),
        "date": f"{day:02d}/{month:02d}/{year}",
        "month": month,
        "number": int(rng.integers(12, 980)),
        "amount": f"{int(rng.integers(3, 90)) * 1_000_000:,}".replace(",", "."),
        "fee": f"{int(rng.integers(4, 25)) * 50_000:,}".replace(",", "."),
        "official": _person(rng),
        "school_year": f"{year} - {year + 1}",
        "hours": int(rng.integers(1, 4)),
        "depth": int(rng.integers(3, 9)) * 10,
        "service_years": int(rng.integers(16, 32)),
        "months": int(rng.integers(3, 9)),
        "hour": int(rng.integers(23, 25)) % 24 or 24,
        "logs": int(rng.integers(3, 12)) * 10,
        "hectares": int(rng.integers(2, 15)),
    }
    writer = _person(rng)
    body = [str(rng.choice(variants)).format(**slots) for variants in kind["body"]]  # type: ignore[attr-defined]
    lines = [
        "^*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "^*Độc lập - Tự do - Hạnh phúc",
        "---",
        f">/{province}, ngày {int(rng.integers(1, 29))} tháng {int(rng.integers(1, 13))} năm {year + 1}",
        "",
        f"^*{kind['title']}",
        f"^/(V/v: {str(kind['about']).format(**slots)})",
        "",
        f"<Kính gửi: {str(kind['to']).format(**slots)}",
        "",
        f"<Tôi tên là: {writer}, sinh năm {int(rng.integers(1950, 1995))}",
        f"<Số CCCD: 0{int(rng.integers(10, 96)):02d}{int(rng.integers(0, 10**9)):09d}",
        f"<Địa chỉ: {hamlet}, {commune}, {district}, tỉnh {province}",
        f"<Điện thoại: 09{int(rng.integers(0, 10))} {int(rng.integers(100, 999))} {int(rng.integers(100, 999))}",
        *body,
        "Tôi xin cam đoan những nội dung trên là đúng sự thật và chịu trách nhiệm trước pháp luật.",
        "",
        f"]*{kind['signer']}",
        "]/(Ký, ghi rõ họ tên)",
        "~",
        f"]*{writer}",
    ]
    return "\n".join(lines)


# --- pages --------------------------------------------------------------------------------------------


@dataclass
class BenchPage:
    id: str
    kind: str
    font: str
    truth: str
    document: Path  # what the service and OCRmyPDF read
    image: Path  # what plain Tesseract reads (a PDF page rasterised at 300 dpi)
    dpi: int
    condition: dict[str, float] = field(default_factory=dict)


def make_page(kind: str, index: int, rng: np.random.Generator, folder: Path) -> BenchPage:
    face = list(paper.TYPEFACES)[index % len(paper.TYPEFACES)]
    layout = paper.lay_out(
        compose_letter(rng), paper.TYPEFACES[face], size=float(rng.choice([12.5, 13.0, 13.5]))
    )
    first = paper.Layout(layout.face, layout.size, layout.pages[:1])
    printed = paper.print_page(first, 0, dpi=DPI, signature_seed=int(rng.integers(1000)))
    name = f"{kind}-{index:02d}"
    condition: dict[str, float] = {}
    dpi = DPI
    if kind == "clean":
        document = folder / f"{name}.png"
        document.write_bytes(paper.png_bytes(printed))
    elif kind == "flatbed":
        condition["skew"] = round(float(rng.uniform(-3, 3)), 2)
        document = folder / f"{name}.jpg"
        document.write_bytes(paper.jpeg_bytes(paper.flatbed_scan(printed, rng, skew=condition["skew"]), 75))
    elif kind == "scanned_pdf":
        condition["skew"] = round(float(rng.uniform(-6, 6)), 2)
        document = folder / f"{name}.pdf"
        document.write_bytes(
            paper.scanned_pdf([paper.flatbed_scan(printed, rng, skew=condition["skew"])], quality=70)
        )
    elif kind == "born_digital":
        document = folder / f"{name}.pdf"
        document.write_bytes(paper.text_layer_pdf(first))
    elif kind == "phone":
        condition["angle"] = round(float(rng.uniform(4, 7) * rng.choice([-1, 1])), 2)
        photo = paper.phone_photo(printed, rng, angle=condition["angle"])
        dpi = int(photo.info["dpi"][0])
        document = folder / f"{name}.jpg"
        document.write_bytes(paper.jpeg_bytes(photo, 70))
    elif kind == "upside_down":
        condition["skew"] = round(float(rng.uniform(-1, 1)), 2)
        document = folder / f"{name}.jpg"
        scan = paper.flatbed_scan(printed, rng, skew=condition["skew"])
        document.write_bytes(paper.jpeg_bytes(paper.turned(scan, 180), 75))
    else:
        raise ValueError(kind)
    image = document
    if document.suffix == ".pdf":
        image = folder / f"{name}.png"
        rendered = (
            pdfium.PdfDocument(document.read_bytes())[0].render(scale=DPI / 72, grayscale=True).to_pil()
        )
        rendered.save(image, dpi=(DPI, DPI))
    return BenchPage(name, kind, face, paper.page_text(first.pages[0]), document, image, dpi, condition)


# --- the three readers ----------------------------------------------------------------------------------

THREAD_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass
class Reading:
    text: str
    seconds: float
    note: str = ""
    cpu: float = 0.0  # CPU seconds the reading took (Tesseract's included): steadier than wall time


System = tuple[Callable[[BenchPage], Reading], Executor]  # a reader and the workers that run it


def plain_tesseract(page: BenchPage) -> Reading:
    started = time.perf_counter()
    process = subprocess.Popen(
        ["tesseract", str(page.image), "-", "-l", "vie"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=THREAD_ENV,
    )
    assert process.stdout is not None
    text = process.stdout.read().decode("utf-8", errors="replace")
    _, status, usage = os.wait4(process.pid, 0)  # reaps this very child, so its CPU time is its own
    process.returncode = os.waitstatus_to_exitcode(status)
    note = f"exit {process.returncode}" if process.returncode else ""
    return Reading(text, time.perf_counter() - started, note, usage.ru_utime + usage.ru_stime)


def _service_worker_start() -> None:
    """Paid once per worker, as a Celery worker does when it starts: the reading modules and the check of
    Tesseract's version that pytesseract makes before its first call."""
    import pytesseract

    from service.reading import read_document  # noqa: F401 - loads the reading modules

    pytesseract.get_tesseract_version()


def service_reader(page: BenchPage) -> Reading:
    from service.config import OcrOptions, ReadLimits
    from service.reading import read_document
    from service.reading.types import ReadError

    data = page.document.read_bytes()
    cpu_before = _cpu_of_this_worker()
    started = time.perf_counter()
    try:
        pages = read_document(data, limits=ReadLimits(), options=OcrOptions(parallel_pages=1))
    except ReadError as error:
        return Reading("", time.perf_counter() - started, f"ReadError {error.code}")
    seconds = time.perf_counter() - started
    note = ";".join(
        f"{p.source} rot {p.rotation} skew {p.skew:+.2f} conf {p.mean_confidence:.0f}" for p in pages
    )
    return Reading("\n".join(p.text for p in pages), seconds, note, _cpu_of_this_worker() - cpu_before)


def _cpu_of_this_worker() -> float:
    """This worker process's CPU time and that of the Tesseract processes it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ocrmypdf_reader(executable: str) -> Callable[[BenchPage], Reading]:
    def read(page: BenchPage) -> Reading:
        with tempfile.TemporaryDirectory(prefix="bench-ocrmypdf-") as folder:
            output, sidecar = Path(folder) / "out.pdf", Path(folder) / "out.txt"
            command = [executable, "--rotate-pages", "--deskew", "--clean", "-l", "vie", "--jobs", "1"]
            command += ["--skip-text", "--sidecar", str(sidecar), "--output-type", "pdf", "--quiet"]
            if page.document.suffix != ".pdf":
                command += ["--image-dpi", str(page.dpi)]
            started = time.perf_counter()
            done = subprocess.run(
                [*command, str(page.document), str(output)],
                capture_output=True,
                text=True,
                env=THREAD_ENV,
                check=False,
            )
            seconds = time.perf_counter() - started
            if done.returncode:
                return Reading("", seconds, f"exit {done.returncode}: {done.stderr.strip()[-200:]}")
            text = sidecar.read_text(encoding="utf-8") if sidecar.exists() else ""
            if "[OCR skipped" in text:  # a page with text was kept as it was: its text is in the output PDF
                with pdfplumber.open(output) as document:
                    text = "\n".join(p.extract_text() or "" for p in document.pages)
            return Reading(text, seconds)

    return read


# --- measuring ------------------------------------------------------------------------------------------


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cer(truth: str, text: str) -> float:
    expected = normalised(truth)
    return Levenshtein.distance(expected, normalised(text)) / max(1, len(expected))


def run_batch(
    pages: list[BenchPage], read: Callable[[BenchPage], Reading], pool: Executor
) -> tuple[list[Reading], float]:
    started = time.perf_counter()
    readings = list(pool.map(read, pages))
    return readings, time.perf_counter() - started


def measure(pages: list[BenchPage], systems: dict[str, System], repeat: int) -> dict:
    """Every system reads every page, kind by kind, taking turns; timing is repeated `repeat` times.

    Text and CER come from the first round (Tesseract is deterministic); a kind's time is the median of
    its rounds. OCRmyPDF, at tens of seconds a page, is timed once.
    """
    results: dict[str, dict[str, dict]] = {name: {} for name in systems}
    rounds: dict[str, dict[str, list[float]]] = {name: {} for name in systems}
    turn = 0
    for kind in KINDS:
        batch = [page for page in pages if page.kind == kind]
        if not batch:
            continue
        for round_ in range(repeat):
            order = list(systems) if turn % 2 == 0 else list(reversed(systems))
            turn += 1
            for name in order:
                if round_ and name == "ocrmypdf":
                    continue
                read, pool = systems[name]
                readings, seconds = run_batch(batch, read, pool)
                rounds[name].setdefault(kind, []).append(seconds)
                print(f"  {kind:<13} {name:<9} {len(batch)} pages in {seconds:6.1f} s", file=sys.stderr)
                for page, reading in zip(batch, readings, strict=True):
                    if round_:
                        results[name][page.id]["rounds"].append(reading.seconds)
                        results[name][page.id]["cpu_rounds"].append(reading.cpu)
                        continue
                    results[name][page.id] = {
                        "cer": cer(page.truth, reading.text),
                        "rounds": [reading.seconds],
                        "cpu_rounds": [reading.cpu],
                        "note": reading.note,
                    }
    for by_page in results.values():
        for result in by_page.values():
            result["seconds"] = float(np.median(result["rounds"]))  # each page's own time, both cores busy
            result["cpu"] = float(np.min(result["cpu_rounds"]))  # the least CPU: the least disturbed run
    batch_seconds = {
        name: {kind: float(np.median(times)) for kind, times in kinds.items()}
        for name, kinds in rounds.items()
    }
    return {"pages": results, "batch_seconds": batch_seconds, "rounds": rounds}


def summarise(pages: list[BenchPage], measured: dict, workers: int) -> dict:
    systems = list(measured["pages"])
    kinds = [kind for kind in KINDS if any(page.kind == kind for page in pages)]
    table: dict[str, dict[str, dict[str, float]]] = {}
    for kind in kinds:
        ids = [page.id for page in pages if page.kind == kind]
        table[kind] = {}
        for system in systems:
            cers = [measured["pages"][system][i]["cer"] for i in ids]
            seconds = measured["batch_seconds"][system][kind]
            table[kind][system] = {
                "mean_cer": float(np.mean(cers)),
                "max_cer": float(np.max(cers)),
                "pages_per_minute": len(ids) / seconds * 60,
            }
    overall = {
        system: {
            "mean_cer": float(np.mean([measured["pages"][system][p.id]["cer"] for p in pages])),
            "pages_per_minute": len(pages) / sum(measured["batch_seconds"][system].values()) * 60,
        }
        for system in systems
    }
    worse = [
        {
            "page": p.id,
            "plain": measured["pages"]["plain"][p.id]["cer"],
            "service": measured["pages"]["service"][p.id]["cer"],
        }
        for p in pages
        if measured["pages"]["service"][p.id]["cer"] > measured["pages"]["plain"][p.id]["cer"]
    ]
    bars = {f"cer_{kind}": table[kind]["service"]["mean_cer"] <= CER_BARS[kind] for kind in kinds}
    bars["never_worse_than_plain"] = all(w["service"] - w["plain"] <= WORSE_TOLERANCE for w in worse)
    # Like for like: plain Tesseract is quick on a page it cannot read (a crooked photo comes back as a few
    # words of garbage), so speed is also compared on the OCR'd pages that plain Tesseract does read.
    fair = [
        p
        for p in pages
        if p.kind != "born_digital" and measured["pages"]["plain"][p.id]["cer"] <= PLAIN_READS
    ]
    if fair:
        plain_seconds = float(np.mean([measured["pages"]["plain"][p.id]["seconds"] for p in fair]))
        service_seconds = float(np.mean([measured["pages"]["service"][p.id]["seconds"] for p in fair]))
        plain_cpu = float(np.mean([measured["pages"]["plain"][p.id]["cpu"] for p in fair]))
        service_cpu = float(np.mean([measured["pages"]["service"][p.id]["cpu"] for p in fair]))
        like_for_like = {
            "pages": len(fair),
            "plain_seconds_per_page": plain_seconds,
            "service_seconds_per_page": service_seconds,
            "service_speed_over_plain": plain_seconds / service_seconds,
            "plain_cpu_per_page": plain_cpu,
            "service_cpu_per_page": service_cpu,
            "service_cpu_over_plain": service_cpu / plain_cpu,
        }
        bars["throughput_like_for_like"] = plain_seconds / service_seconds >= THROUGHPUT_BAR
    bars["throughput_overall"] = (
        overall["service"]["pages_per_minute"] >= THROUGHPUT_BAR * overall["plain"]["pages_per_minute"]
    )
    if "clean" in table:
        clean = [p for p in pages if p.kind == "clean"]
        plain_clean = float(np.mean([measured["pages"]["plain"][p.id]["seconds"] for p in clean]))
        service_clean = float(np.mean([measured["pages"]["service"][p.id]["seconds"] for p in clean]))
        table["clean"]["service"]["speed_over_plain_per_page"] = plain_clean / service_clean
        bars["throughput_clean"] = plain_clean / service_clean >= THROUGHPUT_BAR
    if "ocrmypdf" in systems:
        bars["better_than_ocrmypdf"] = overall["service"]["mean_cer"] < overall["ocrmypdf"][
            "mean_cer"
        ] and all(
            table[kind]["service"]["mean_cer"] <= table[kind]["ocrmypdf"]["mean_cer"] + WORSE_TOLERANCE
            for kind in kinds
        )
    return {
        "by_kind": table,
        "overall": overall,
        "like_for_like": like_for_like if fair else None,
        "worse_than_plain": worse,
        "bars": bars,
        "workers": workers,
    }


def markdown(summary: dict, notes: list[str]) -> str:
    systems = list(summary["overall"])
    header = (
        "| kind | pages | "
        + " | ".join(f"CER {s}" for s in systems)
        + " | "
        + " | ".join(f"pages/min {s}" for s in systems)
        + " |"
    )
    lines = [header, "|" + " --- |" * (2 + 2 * len(systems))]
    for kind, row in summary["by_kind"].items():
        count = summary["counts"][kind]
        cers = " | ".join(f"{row[s]['mean_cer'] * 100:.2f} %" for s in systems)
        speeds = " | ".join(f"{row[s]['pages_per_minute']:.1f}" for s in systems)
        lines.append(f"| {kind} | {count} | {cers} | {speeds} |")
    cers = " | ".join(f"{summary['overall'][s]['mean_cer'] * 100:.2f} %" for s in systems)
    speeds = " | ".join(f"{summary['overall'][s]['pages_per_minute']:.1f}" for s in systems)
    lines.append(f"| **all** | {sum(summary['counts'].values())} | {cers} | {speeds} |")
    lines.append("")
    worse = summary["worse_than_plain"]
    lines.append(f"Pages where the service's CER is above plain Tesseract's: {len(worse)}")
    for w in worse:
        lines.append(f"- {w['page']}: service {w['service'] * 100:.2f} % vs plain {w['plain'] * 100:.2f} %")
    fair = summary["like_for_like"]
    if fair:
        lines.append(
            f"Like for like (the {fair['pages']} OCR'd pages plain Tesseract reads, CER <= {PLAIN_READS:.0%}): "
            f"plain {fair['plain_seconds_per_page']:.2f} s/page, service {fair['service_seconds_per_page']:.2f} s/page"
            f" (service at {fair['service_speed_over_plain']:.0%} of plain's speed; two pages at a time);"
            f" CPU {fair['plain_cpu_per_page']:.2f} s vs {fair['service_cpu_per_page']:.2f} s a page"
            f" (service {fair['service_cpu_over_plain'] - 1:+.0%}, the figure least moved by other load)."
        )
    clean = summary["by_kind"].get("clean", {}).get("service", {}).get("speed_over_plain_per_page")
    if clean:
        lines.append(
            f"Clean pages, page by page (median of rounds): service at {clean:.0%} of plain's speed."
        )
    lines.append("")
    lines.append(
        "Bars: " + ", ".join(f"{name} {'PASS' if ok else 'FAIL'}" for name, ok in summary["bars"].items())
    )
    lines += [f"Note: {note}" for note in notes]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=4, help="pages per kind (default 4: 24 pages, ~7 min)")
    parser.add_argument(
        "--repeat", type=int, default=2, help="time plain and service this many times (median)"
    )
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds to run")
    parser.add_argument("--workers", type=int, default=2, help="pages read at a time (default 2: both cores)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--ocrmypdf", default=shutil.which("ocrmypdf"), help="the ocrmypdf executable")
    parser.add_argument("--no-ocrmypdf", action="store_true", help="leave OCRmyPDF out")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "ocr.json")
    parser.add_argument(
        "--keep", type=Path, help="keep the rendered pages and their true text in this folder"
    )
    args = parser.parse_args()
    kinds = [kind for kind in args.kinds.split(",") if kind]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds: {', '.join(sorted(unknown))}")

    notes: list[str] = []
    rng = np.random.default_rng(args.seed)
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"rendering {args.pages} pages of each of {len(kinds)} kinds ...", file=sys.stderr)
        pages = [make_page(kind, n, rng, folder) for kind in kinds for n in range(args.pages)]
        if args.keep:
            for page in pages:
                (folder / f"{page.id}.txt").write_text(page.truth + "\n", encoding="utf-8")
        systems: dict[str, System] = {
            "plain": (plain_tesseract, ThreadPoolExecutor(args.workers)),
            "service": (service_reader, ProcessPoolExecutor(args.workers, initializer=_service_worker_start)),
        }
        if args.no_ocrmypdf:
            notes.append("OCRmyPDF left out (--no-ocrmypdf).")
        elif args.ocrmypdf and Path(args.ocrmypdf).exists():
            systems["ocrmypdf"] = (ocrmypdf_reader(args.ocrmypdf), ThreadPoolExecutor(args.workers))
        else:
            notes.append(
                "OCRmyPDF not installed: skipped (install it in its own venv and pass --ocrmypdf PATH)."
            )
        list(systems["service"][1].map(_noop, range(args.workers)))  # start the worker processes now
        load_before = os.getloadavg()
        measured = measure(pages, systems, max(1, args.repeat))
        load_after = os.getloadavg()
        for _, pool in systems.values():
            pool.shutdown()

    summary = summarise(pages, measured, args.workers)
    summary["counts"] = {kind: sum(1 for p in pages if p.kind == kind) for kind in kinds}
    report = markdown(summary, notes)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "command": " ".join(["python", "bench/ocr.py", *sys.argv[1:]]),
        "seed": args.seed,
        "repeat": args.repeat,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "tesseract": _tesseract_version(),
        },
        "load_average": {"before": load_before, "after": load_after},
        "summary": summary,
        "notes": notes,
        "pages": [
            {
                **{k: v for k, v in asdict(page).items() if k not in ("truth", "document", "image")},
                **{system: measured["pages"][system][page.id] for system in measured["pages"]},
            }
            for page in pages
        ],
    }
    args.out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"\nwritten {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}",
        file=sys.stderr,
    )


def _noop(_: int) -> None:
    return None


def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).splitlines()[0] if (done.stdout or done.stderr) else "unknown"


if __name__ == "__main__":
    main()
