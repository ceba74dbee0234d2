"""The embedded provider's pages: sign-in, second factor, sign-out; zh-CN and en.

Plain HTML forms with no script, every value escaped, styles allowed by a
per-response nonce, and framing forbidden: a sign-in page must not be put under
someone else's page or carry their code.
"""

from __future__ import annotations

import secrets
from html import escape
from string import Template
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse

LANGUAGES = ("zh-CN", "en")

TEXT: dict[str, dict[str, str]] = {
    "zh-CN": {
        "title": "CIMS 客户信息管理系统",
        "sign_in": "登录",
        "username": "用户名",
        "password": "密码",
        "submit": "登录",
        "cancel": "取消",
        "failed": "用户名或密码不正确，或账户已被暂时锁定。",
        "lockout_hint": "连续 {n} 次登录失败后，账户将被锁定 {m} 分钟。",
        "totp_title": "两步验证",
        "totp_prompt": "请输入身份验证器应用中显示的 6 位验证码。",
        "totp_code": "验证码",
        "totp_failed": "验证码不正确或已使用，请重试。",
        "verify": "验证",
        "enroll_title": "设置两步验证",
        "enroll_prompt": "您的角色要求两步验证。请在身份验证器应用中添加以下密钥，"
        "然后输入应用显示的 6 位验证码。",
        "enroll_key": "密钥",
        "expired": "登录已超时，请重新开始。",
        "error_title": "无法登录",
        "error_body": "登录请求无效，请从应用重新开始。",
        "logout_title": "退出登录",
        "logout_prompt": "是否退出 CIMS？",
        "logout": "退出",
        "logged_out": "您已退出登录。",
        "other_language": "English",
    },
    "en": {
        "title": "CIMS customer information management",
        "sign_in": "Sign in",
        "username": "Username",
        "password": "Password",
        "submit": "Sign in",
        "cancel": "Cancel",
        "failed": "Wrong username or password, or the account is locked for now.",
        "lockout_hint": "After {n} failed attempts in a row an account is locked "
        "for {m} minutes.",
        "totp_title": "Two-step verification",
        "totp_prompt": "Enter the 6-digit code shown by your authenticator app.",
        "totp_code": "Code",
        "totp_failed": "That code is wrong or was already used; try again.",
        "verify": "Verify",
        "enroll_title": "Set up two-step verification",
        "enroll_prompt": "Your role requires two-step verification. Add this key "
        "to your authenticator app, then enter the 6-digit code it shows.",
        "enroll_key": "Key",
        "expired": "The sign-in timed out; please start again.",
        "error_title": "Cannot sign in",
        "error_body": "The sign-in request is not valid; start again from the app.",
        "logout_title": "Sign out",
        "logout_prompt": "Sign out of CIMS?",
        "logout": "Sign out",
        "logged_out": "You are signed out.",
        "other_language": "中文",
    },
}

PAGE = Template("""<!doctype html>
<html lang="$lang">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>$title</title>
<style nonce="$nonce">
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;
background:#f0f2f5;color:#1f1f1f}
main{max-width:360px;margin:8vh auto;background:#fff;padding:32px;border-radius:8px;
box-sizing:border-box;
box-shadow:0 1px 4px rgba(0,0,0,.12)}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;font-weight:500;color:#555;
margin:0 0 24px}label{display:block;margin:16px 0 4px}
input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:8px;
font-size:16px;border:1px solid #d9d9d9;border-radius:6px}
button{margin-top:24px;padding:8px 16px;font-size:16px;border-radius:6px;
border:1px solid #1677ff;background:#1677ff;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1677ff;margin-left:8px}
.error{color:#cf1322;margin:16px 0 0}.hint{color:#888;font-size:13px}
code{font-size:18px;letter-spacing:1px;word-break:break-all}
nav{text-align:right;font-size:13px}
@media (max-width:420px){main{max-width:none;margin:0;border-radius:0;
min-height:100vh}}
</style>
</head>
<body><main>
<nav><a href="$switch_url" hreflang="$other_lang">$other_language</a></nav>
<h1>$title</h1>
<h2>$heading</h2>
$body
</main></body>
</html>
""")


def language(request: Request) -> str:
    """``lang`` (the page's own switch), then ``ui_locales``, then the browser."""
    wanted = request.query_params.get("lang") or request.query_params.get("ui_locales")
    candidates = (wanted or "").replace(",", " ").split()
    accept = request.headers.get("accept-language", "")
    candidates += [part.split(";")[0].strip() for part in accept.split(",")]
    for tag in candidates:
        if tag.lower().startswith("en"):
            return "en"
        if tag.lower().startswith("zh"):
            return "zh-CN"
    return "zh-CN"


def text(lang: str, key: str, **values) -> str:
    return escape(TEXT[lang][key].format(**values))


def render(request: Request, lang: str, heading: str, body: str, status: int = 200):
    nonce = secrets.token_urlsafe(16)
    other = "en" if lang == "zh-CN" else "zh-CN"
    params = request.query_params.multi_items()
    query = [(k, v) for k, v in params if k != "lang"] + [("lang", other)]
    html = PAGE.substitute(
        lang=lang,
        title=text(lang, "title"),
        heading=escape(heading),
        body=body,
        nonce=nonce,
        switch_url=escape(request.url.path + "?" + urlencode(query)),
        other_lang=other,
        other_language=text(lang, "other_language"),
    )
    return HTMLResponse(html, status_code=status, headers=_headers(nonce))


def _headers(nonce: str) -> dict[str, str]:
    # No form-action: browsers apply it to the redirect that follows a sign-in,
    # which goes to the client's origin.
    csp = (
        f"default-src 'none'; style-src 'nonce-{nonce}'; frame-ancestors 'none'; "
        "base-uri 'none'"
    )
    return {
        "Content-Security-Policy": csp,
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
    }


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'


def _form(action: str, csrf: str, step: str, inner: str) -> str:
    return (
        f'<form method="post" action="{escape(action)}">'
        f"{_hidden('csrf', csrf)}{_hidden('step', step)}{inner}</form>"
    )


def _error(message: str | None) -> str:
    return f'<p class="error" role="alert">{message}</p>' if message else ""


def sign_in_page(
    request: Request,
    lang: str,
    csrf: str,
    *,
    error: str | None,
    lockout: tuple[int, int],
    username: str = "",
) -> HTMLResponse:
    """The sign-in form; after a failure it keeps the username typed (never the
    password) and puts the cursor in the password field."""
    t = TEXT[lang]
    kept = f' value="{escape(username, quote=True)}"' if username else " autofocus"
    inner = (
        f'<label for="username">{escape(t["username"])}</label>'
        '<input type="text" id="username" name="username" autocomplete="username" '
        f'autocapitalize="none" spellcheck="false" required{kept}>'
        f'<label for="password">{escape(t["password"])}</label>'
        '<input type="password" id="password" name="password" '
        f'autocomplete="current-password" required{" autofocus" if username else ""}>'
        f"{_error(error)}"
        f'<button type="submit">{escape(t["submit"])}</button>'
        f'<button type="submit" class="secondary" name="cancel" value="1" '
        f"formnovalidate>{escape(t['cancel'])}</button>"
        f'<p class="hint">{text(lang, "lockout_hint", n=lockout[0], m=lockout[1])}</p>'
    )
    body = _form(_action(request), csrf, "password", inner)
    return render(request, lang, t["sign_in"], body, 401 if error else 200)


def totp_page(
    request: Request, lang: str, csrf: str, *, error: str | None
) -> HTMLResponse:
    t = TEXT[lang]
    inner = (
        f"<p>{escape(t['totp_prompt'])}</p>"
        f'<label for="code">{escape(t["totp_code"])}</label>'
        '<input type="text" id="code" name="code" inputmode="numeric" '
        'pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required '
        "autofocus>"
        f"{_error(error)}"
        f'<button type="submit">{escape(t["verify"])}</button>'
    )
    body = _form(_action(request), csrf, "totp", inner)
    return render(request, lang, t["totp_title"], body, 401 if error else 200)


def enroll_page(
    request: Request,
    lang: str,
    csrf: str,
    *,
    secret: str,
    uri: str,
    error: str | None,
) -> HTMLResponse:
    t = TEXT[lang]
    inner = (
        f"<p>{escape(t['enroll_prompt'])}</p>"
        f"<p>{escape(t['enroll_key'])}: <code>{escape(secret)}</code></p>"
        f'<p class="hint"><a href="{escape(uri)}">otpauth</a></p>'
        f'<label for="code">{escape(t["totp_code"])}</label>'
        '<input type="text" id="code" name="code" inputmode="numeric" '
        'pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required '
        "autofocus>"
        f"{_error(error)}"
        f'<button type="submit">{escape(t["verify"])}</button>'
    )
    body = _form(_action(request), csrf, "enroll", inner)
    return render(request, lang, t["enroll_title"], body, 401 if error else 200)


def error_page(request: Request, lang: str, detail: str | None = None) -> HTMLResponse:
    t = TEXT[lang]
    body = f"<p>{escape(t['error_body'])}</p>"
    if detail:
        body += f'<p class="hint">{escape(detail)}</p>'
    return render(request, lang, t["error_title"], body, 400)


def logout_page(request: Request, lang: str, csrf: str) -> HTMLResponse:
    t = TEXT[lang]
    inner = (
        f"<p>{escape(t['logout_prompt'])}</p>"
        f'<button type="submit">{escape(t["logout"])}</button>'
    )
    return render(
        request, lang, t["logout_title"], _form(_action(request), csrf, "logout", inner)
    )


def logged_out_page(request: Request, lang: str) -> HTMLResponse:
    t = TEXT[lang]
    return render(request, lang, t["logout_title"], f"<p>{escape(t['logged_out'])}</p>")


def _action(request: Request) -> str:
    """Post back to the same URL, so the authorization request comes along."""
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")
