"""The public survey page: ``GET/POST /survey/{token}``, no staff sign-in.

A small server-rendered form in Chinese and English, made for a phone: the customer
opens the link from a text message, picks a score and may leave a comment. The token
in the path is the only credential; it answers once and not after it expires
(``cims.domain.surveys``). The page is never cached and sends no referrer, so the
token does not leak to another site or a shared cache.
"""

from __future__ import annotations

import html
import logging
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from cims.domain import surveys
from cims.domain.errors import NotFound, ValidationFailed
from cims.models import SurveyKind

log = logging.getLogger(__name__)

HEADERS = {
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "content-security-policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
}

QUESTIONS = {
    SurveyKind.CSAT: (
        "您对本次服务满意吗？",
        "How satisfied were you with our service?",
        "1 = 非常不满意 Very dissatisfied · 5 = 非常满意 Very satisfied",
    ),
    SurveyKind.NPS: (
        "您有多大可能向亲友推荐我们？",
        "How likely are you to recommend us to a friend?",
        "0 = 完全不可能 Not at all likely · 10 = 非常可能 Extremely likely",
    ),
}

STYLE = """
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;
margin:0;padding:16px;background:#f5f5f5;color:#222}
main{max-width:480px;margin:0 auto;background:#fff;border-radius:8px;padding:20px}
h1{font-size:1.2rem;margin:0 0 4px}p.en{color:#555;margin:0 0 16px}
.scores{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.scores label{flex:1 0 40px;text-align:center;border:1px solid #bbb;border-radius:6px;
padding:10px 0;font-size:1.1rem}
.scores input{display:block;margin:0 auto 4px}
small{color:#666}textarea{width:100%;box-sizing:border-box;min-height:80px;
margin-top:6px;font:inherit}
button{width:100%;margin-top:16px;padding:12px;font-size:1rem;border:0;
border-radius:6px;background:#1677ff;color:#fff}
.error{color:#b00020}
"""


def _page(body: str, status: int = 200) -> HTMLResponse:
    text = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>满意度调查 Survey</title><style>{STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )
    return HTMLResponse(text, status_code=status, headers=HEADERS)


def _message(zh: str, en: str, status: int) -> HTMLResponse:
    return _page(f"<h1>{zh}</h1><p class=en>{en}</p>", status)


def _form(
    kind: SurveyKind,
    error: str | None = None,
    *,
    score: str = "",
    comment: str = "",
) -> str:
    """The survey form; after a refusal, with the customer's score and comment as
    they sent them, so that nothing they wrote is lost."""
    zh, en, scale = QUESTIONS[kind]
    scores = surveys.SCALES[kind]
    choices = "".join(
        f'<label><input type="radio" name="score" value="{n}" required'
        f"{' checked' if score == str(n) else ''}>{n}</label>"
        for n in scores
    )
    problem = f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""
    return (
        f"<h1>{zh}</h1><p class=en>{en}</p>{problem}"
        f'<form method="post"><div class="scores">{choices}</div>'
        f"<small>{scale}</small>"
        '<p><label for="comment">意见（选填） Comment (optional)</label>'
        f'<textarea id="comment" name="comment" maxlength="{surveys.COMMENT_MAX}">'
        f"{html.escape(comment)}</textarea></p>"
        '<button type="submit">提交 Submit</button></form>'
    )


def _problem_text(error: ValidationFailed) -> str:
    """What was wrong with an answer, in both languages."""
    problem = error.problems[0]
    if problem.field == "score":
        return "请选择分数 Please pick a score"
    if problem.code == "TOO_LONG":
        limit = surveys.COMMENT_MAX
        return f"意见最多 {limit} 个字符 Your comment can be at most {limit} characters"
    if problem.code in ("FORBIDDEN_CHARACTERS", "INVALID_CHARACTERS"):
        return (
            "意见中含有无法保存的控制字符，请删除后再提交 Your comment holds control "
            "characters that cannot be stored; please remove them"
        )
    return "请检查您的回答 Please check your answer"


def _refusal(error: NotFound | ValidationFailed) -> HTMLResponse:
    if isinstance(error, NotFound):
        return _message("链接无效", "This survey link is not valid.", 404)
    code = error.problems[0].code
    if code == "EXPIRED":
        return _message("链接已过期", "This survey link has expired.", 410)
    thanks = "This survey was answered already. Thank you!"
    return _message("您已提交过，谢谢！", thanks, 410)


async def show(request: Request) -> HTMLResponse:
    try:
        invitation = await surveys.open_invitation(request.path_params["token"])
    except (NotFound, ValidationFailed) as error:
        return _refusal(error)
    return _page(_form(invitation.kind))


async def submit(request: Request) -> HTMLResponse:
    token = request.path_params["token"]
    body = (await request.body()).decode("utf-8", "replace")
    form = parse_qs(body, keep_blank_values=True)
    score_text = (form.get("score") or [""])[0]
    comment = (form.get("comment") or [""])[0] or None
    try:
        invitation = await surveys.open_invitation(token)
    except (NotFound, ValidationFailed) as error:
        return _refusal(error)
    if any(len(values) > 1 for values in form.values()):
        # The form sends each answer once: two scores are no answer, whichever
        # of them a parser would keep.
        repeated = "请每题只回答一次 Please give each answer once"
        return _page(_form(invitation.kind, repeated), 422)
    sent = {"score": score_text, "comment": comment or ""}
    try:
        score = int(score_text)
        await surveys.answer(token, score=score, comment=comment)
    except ValueError:
        return _page(
            _form(invitation.kind, "请选择分数 Please pick a score", **sent), 422
        )
    except ValidationFailed as error:
        if error.problems[0].field == "token":
            return _refusal(error)
        return _page(_form(invitation.kind, _problem_text(error), **sent), 422)
    return _message("感谢您的反馈！", "Thank you for your feedback!", 200)


def routes() -> list[Route]:
    return [
        Route("/survey/{token}", show, methods=["GET"]),
        Route("/survey/{token}", submit, methods=["POST"]),
    ]
