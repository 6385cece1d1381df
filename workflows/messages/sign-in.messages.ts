// Sign-in's answers (issue 16): passwords, sessions, lockout, CSRF, single sign-on.
import type { EntryRecord } from './text';
import { fn } from './text';

export const SIGN_IN_MESSAGES = {
  'auth.signInFailed': { zh: '账号或密码错误', en: 'wrong officer id or password' },
  'auth.lockedOut': fn<{ seconds: number }>(
    (p) => `登录失败次数过多，请在${p.seconds}秒后重试`,
    (p) => `too many failed sign-ins: try again in ${p.seconds} s`,
  ),
  'auth.sessionEnded': {
    zh: '会话已结束（已退出、超时或密码已更改），请重新登录',
    en: 'the session has ended (signed out, timed out or password changed): sign in again',
  },
  'auth.csrf': {
    zh: '以 Cookie 登录的修改请求须带 X-CSRF-Token 请求头，其值等于 zhifa-csrf Cookie',
    en: 'a changing request signed in by cookie must carry the X-CSRF-Token header equal to the zhifa-csrf cookie',
  },
  'auth.passwordChangeRequired': {
    zh: '须先修改密码（POST /api/v1/auth/password）',
    en: 'the password must be changed first (POST /api/v1/auth/password)',
  },
  'auth.currentPasswordWrong': { zh: '当前密码不正确', en: 'is not the current password' },
  'auth.passwordUnchanged': {
    zh: '新密码不得与当前密码相同',
    en: 'must differ from the current password',
  },
  'auth.noPassword': {
    zh: '该账号未设置密码，请联系管理员',
    en: 'this officer has no password: ask an administrator',
  },
  'auth.oidcOff': { zh: '未配置统一身份认证（OIDC）', en: 'OIDC sign-in is not configured' },
  'auth.oidcFailed': fn<{ why: string }>(
    (p) => `统一身份认证的应答无法验证（${p.why}）`,
    (p) => `the identity provider's answer could not be verified (${p.why})`,
  ),
  'auth.oidcNoClaim': fn<{ claim: string }>(
    (p) => `身份令牌缺少声明 ${p.claim}`,
    (p) => `the ID token has no ${p.claim} claim`,
  ),
  'auth.oidcNoOfficer': fn<{ id: string; claim: string }>(
    (p) => `没有在职的执法人员 ${p.id}（声明 ${p.claim}）`,
    (p) => `no active officer ${p.id} (claim ${p.claim})`,
  ),
} satisfies EntryRecord;
