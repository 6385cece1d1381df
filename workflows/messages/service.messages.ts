// The service's own answers (src/): problem titles, not found, authentication, conflicts, and the
// field reasons of the HTTP edge (DTO validation, request hygiene, calendars, replay, proofs).
import type { EntryRecord } from './text';
import { fn, roleZh, zhList, enList } from './text';

/** Things a 404 names. */
export type Thing =
  | 'officer'
  | 'case'
  | 'machine version'
  | 'notification'
  | 'dead letter'
  | 'published checkpoint of tree size'
  | 'attachment'
  | 'document';
const THING_ZH: Readonly<Record<Thing, string>> = {
  officer: '执法人员',
  case: '案件',
  'machine version': '流程版本',
  notification: '通知',
  'dead letter': '死信',
  'published checkpoint of tree size': '已发布的检查点（树大小）',
  attachment: '附件',
  document: '文书',
};

export const SERVICE_MESSAGES = {
  'title.400': { zh: '请求有误', en: 'Bad Request' },
  'title.401': { zh: '未认证', en: 'Unauthorized' },
  'title.403': { zh: '无权操作', en: 'Forbidden' },
  'title.404': { zh: '未找到', en: 'Not Found' },
  'title.409': { zh: '冲突', en: 'Conflict' },
  'title.413': { zh: '请求内容过大', en: 'Content Too Large' },
  'title.422': { zh: '无法处理的请求', en: 'Unprocessable Entity' },
  'title.429': { zh: '请求过于频繁', en: 'Too Many Requests' },
  'title.500': { zh: '服务器内部错误', en: 'Internal Server Error' },
  'title.503': { zh: '服务暂不可用', en: 'Service Unavailable' },
  'title.other': { zh: '错误', en: 'Error' },
  'problem.internal': { zh: '服务器内部错误', en: 'Internal server error' },
  'problem.databaseUnavailable': {
    zh: '数据库不可用或未及时响应，请稍后重试',
    en: 'The database is unavailable or did not answer in time; retry later',
  },
  'problem.validation': fn<{ errors: readonly string[] }>(
    (p) => p.errors.join('；'),
    (p) => p.errors.join('; '),
  ),
  'problem.routeNotFound': fn<{ method: string; path: string }>(
    (p) => `没有此路径：${p.method} ${p.path}`,
    (p) => `Cannot ${p.method} ${p.path}`,
  ),
  'problem.guardFailed': fn<{ failures: readonly string[] }>(
    (p) => p.failures.join('；'),
    (p) => p.failures.join('; '),
  ),
  'problem.guardLine': fn<{ id: string; message: string }>(
    (p) => `${p.id}：${p.message}`,
    (p) => `${p.id}: ${p.message}`,
  ),
  'problem.fieldReason': fn<{ field: string; reason: string }>(
    (p) => `${p.field}：${p.reason}`,
    (p) => `${p.field}: ${p.reason}`,
  ),
  notFound: fn<{ what: Thing; id: string }>(
    (p) => `${THING_ZH[p.what]} ${p.id} 不存在`,
    (p) => `${p.what} ${p.id} does not exist`,
  ),
  'officer.exists': fn<{ id: string }>(
    (p) => `执法人员 ${p.id} 已存在`,
    (p) => `officer ${p.id} already exists`,
  ),
  'officer.unknown': fn<{ id: string }>(
    (p) => `未知的执法人员 ${p.id}`,
    (p) => `unknown officer ${p.id}`,
  ),
  'recusal.exists': fn<{ id: string }>(
    (p) => `${p.id} 已回避`,
    (p) => `${p.id} is already recused`,
  ),
  'log.forbidden': {
    zh: '案件日志仅向审计人员和本案办案人员开放',
    en: 'the log is open to auditors and handlers of this case',
  },
  'version.conflict': fn<{ expected: number; current: number }>(
    (p) => `期望版本为${p.expected}，案件当前版本为${p.current}`,
    (p) => `expected version ${p.expected}, the case is at ${p.current}`,
  ),
  'version.factsChanged': {
    zh: '办理期间执法人员信息（角色、执法证、在岗状态）已变更，本事件未记录，请重新提交',
    en: 'an officer’s record (roles, credential, active) changed while the event was decided; nothing was recorded, send it again',
  },
  'idempotency.reused': {
    zh: '该 Idempotency-Key 已用于另一个请求',
    en: 'this Idempotency-Key was used with a different request',
  },
  'event.unknownType': fn<{ type: string }>(
    (p) => `未知的事件类型 ${p.type}（见 EVENTS.md）`,
    (p) => `unknown event type ${p.type} (see EVENTS.md)`,
  ),
  'date.future': { zh: '不得晚于今天', en: 'may not be in the future' },
  'date.invalid': { zh: '不是有效日期', en: 'is not a valid date' },
  'date.beforePrevious': fn<{ previous: string }>(
    (p) => `不得早于上一事件（${p.previous}）`,
    (p) => `may not be earlier than the previous event (${p.previous})`,
  ),
  'auth.missingToken': { zh: '缺少 Bearer 令牌', en: 'missing bearer token' },
  'auth.invalidToken': { zh: '令牌无效', en: 'invalid token' },
  'auth.expired': { zh: '令牌已过期', en: 'token expired' },
  'auth.notYetValid': { zh: '令牌尚未生效', en: 'token not yet valid' },
  'auth.lifetime': fn<{ max: number }>(
    (p) => `令牌有效期超过${p.max}秒（TOKEN_MAX_LIFETIME_SECONDS）`,
    (p) => `token lifetime exceeds ${p.max} s (TOKEN_MAX_LIFETIME_SECONDS)`,
  ),
  'auth.unknownOfficer': fn<{ id: string }>(
    (p) => `执法人员 ${p.id} 不存在或已停用`,
    (p) => `officer ${p.id} is unknown or inactive`,
  ),
  'auth.closedRoute': {
    zh: '该路径未声明角色，默认关闭',
    en: 'this route declares no roles and is closed by default',
  },
  'auth.requiresRole': fn<{ roles: readonly string[] }>(
    (p) => `需要角色：${p.roles.map(roleZh).join('或')}`,
    (p) => `requires the role ${p.roles.join(' or ')}`,
  ),
  'auth.metrics': {
    zh: '查看指标需要 METRICS_TOKEN 令牌',
    en: 'metrics require the METRICS_TOKEN bearer token',
  },
  // Sign-in for the browser (issue 16).
  'replay.noEntry': fn<{ seq: number; count: number }>(
    (p) => `没有第${p.seq}条记录：日志共有${p.count}条`,
    (p) => `no entry ${p.seq}: the log has ${p.count}`,
  ),
  'proof.order': { zh: '不得大于 second', en: 'must not exceed second' },
  'http.badPercent': {
    zh: '不是有效的百分号编码 UTF-8',
    en: 'is not valid percent-encoded UTF-8',
  },
  'http.idempotencyKey': {
    zh: '必须是1-200个可打印 ASCII 字符',
    en: 'must be 1-200 printable ASCII characters',
  },
  'http.tooLarge': fn<{ limit: string }>(
    (p) => `请求体超过${p.limit}`,
    (p) => `the request body is larger than ${p.limit}`,
  ),
  'http.notJson': { zh: '不是有效的 JSON', en: 'is not valid JSON' },
  'http.forbiddenChar': fn<{ code: string }>(
    (p) => `包含禁止的字符（U+${p.code}：控制字符、双向覆盖字符或孤立代理项）`,
    (p) => `contains a forbidden character (U+${p.code}: control, bidi override or lone surrogate)`,
  ),
  'http.notFinite': { zh: '不是有限数值', en: 'is not a finite number' },
  'http.tooLargeInteger': { zh: '整数过大', en: 'is too large an integer' },
  'http.tooDeep': fn<{ max: number }>(
    (p) => `嵌套超过${p.max}层`,
    (p) => `is nested deeper than ${p.max} levels`,
  ),
  'http.forbiddenKey': { zh: '被禁止', en: 'is a forbidden key' },
  'http.key': fn<{ reason: string }>(
    (p) => `键名${p.reason}`,
    (p) => `key ${p.reason}`,
  ),
  'http.notRealDate': { zh: '不是真实存在的日期', en: 'is not a real calendar date' },
  'http.notRealDateTime': {
    zh: '不是真实存在的日期时间',
    en: 'is not a real calendar date-time',
  },
  'http.rateLimited': fn<{ limit: number; retry: number }>(
    (p) => `每分钟请求超过${p.limit}次；请${p.retry}秒后重试`,
    (p) => `more than ${p.limit} requests a minute; retry in ${p.retry} s`,
  ),
  'id.uuid': {
    zh: '必须是 UUID（按案件编号查找请用 /cases/by-number/:caseNumber）',
    en: 'must be a UUID (find a case number at /cases/by-number/:caseNumber)',
  },
  'year.range': fn<{ from: number; to: number }>(
    (p) => `必须是${p.from}至${p.to}之间的年份`,
    (p) => `must be a year from ${p.from} to ${p.to}`,
  ),
  'calendar.notInYear': fn<{ day: string; year: number }>(
    (p) => `${p.day} 不在${p.year}年`,
    (p) => `${p.day} is not in ${p.year}`,
  ),
  'calendar.weekdayWorkday': fn<{ day: string }>(
    (p) => `${p.day} 是工作日：调休上班日应在周末`,
    (p) => `${p.day} is a weekday: make-up days fall on weekends`,
  ),
  'calendar.alsoWorkday': fn<{ day: string }>(
    (p) => `${p.day} 同时被列为上班日`,
    (p) => `${p.day} is also listed as a workday`,
  ),
  'public.withdrawn': fn<{ number: string; on: string }>(
    (p) => `决定 ${p.number} 已于${p.on}撤下；见 /api/v1/public/withdrawals`,
    (p) => `decision ${p.number} was withdrawn on ${p.on}; see /api/v1/public/withdrawals`,
  ),
  'public.absent': fn<{ number: string }>(
    (p) => `决定 ${p.number} 未在公示中`,
    (p) => `no decision ${p.number} is on public display`,
  ),
  // class-validator's constraints on DTO fields (`field` is the property path).
  'dto.isString': fn<{ field: string }>(
    (p) => `${p.field} 必须是字符串`,
    (p) => `${p.field} must be a string`,
  ),
  'dto.isInt': fn<{ field: string }>(
    (p) => `${p.field} 必须是整数`,
    (p) => `${p.field} must be an integer number`,
  ),
  'dto.isBoolean': fn<{ field: string }>(
    (p) => `${p.field} 必须是布尔值`,
    (p) => `${p.field} must be a boolean value`,
  ),
  'dto.isArray': fn<{ field: string }>(
    (p) => `${p.field} 必须是数组`,
    (p) => `${p.field} must be an array`,
  ),
  'dto.isObject': fn<{ field: string }>(
    (p) => `${p.field} 必须是对象`,
    (p) => `${p.field} must be an object`,
  ),
  'dto.isNotEmpty': fn<{ field: string }>(
    (p) => `${p.field} 不得为空`,
    (p) => `${p.field} should not be empty`,
  ),
  'dto.isNotEmptyObject': fn<{ field: string }>(
    (p) => `${p.field} 必须是非空对象`,
    (p) => `${p.field} must be a non-empty object`,
  ),
  'dto.isDateString': fn<{ field: string }>(
    (p) => `${p.field} 必须是 ISO 8601 日期字符串`,
    (p) => `${p.field} must be a valid ISO 8601 date string`,
  ),
  'dto.isIn': fn<{ field: string; values: readonly string[] }>(
    (p) => `${p.field} 必须是以下之一：${zhList(p.values)}`,
    (p) => `${p.field} must be one of the following values: ${enList(p.values)}`,
  ),
  'dto.min': fn<{ field: string; n: string }>(
    (p) => `${p.field} 不得小于 ${p.n}`,
    (p) => `${p.field} must not be less than ${p.n}`,
  ),
  'dto.max': fn<{ field: string; n: string }>(
    (p) => `${p.field} 不得大于 ${p.n}`,
    (p) => `${p.field} must not be greater than ${p.n}`,
  ),
  'dto.minLength': fn<{ field: string; n: string }>(
    (p) => `${p.field} 至少需要 ${p.n} 个字符`,
    (p) => `${p.field} must be longer than or equal to ${p.n} characters`,
  ),
  'dto.maxLength': fn<{ field: string; n: string }>(
    (p) => `${p.field} 不得超过 ${p.n} 个字符`,
    (p) => `${p.field} must be shorter than or equal to ${p.n} characters`,
  ),
  'dto.whitelist': fn<{ field: string }>(
    (p) => `不应有属性 ${p.field}`,
    (p) => `property ${p.field} should not exist`,
  ),
  'dto.nested': fn<{ field: string }>(
    (p) => `嵌套属性 ${p.field} 必须是对象或数组`,
    (p) => `nested property ${p.field} must be either object or array`,
  ),
  'dto.date': fn<{ field: string }>(
    (p) => `${p.field} 必须是日期 YYYY-MM-DD`,
    (p) => `${p.field} must be a date YYYY-MM-DD`,
  ),
  'dto.dateOrDateTime': fn<{ field: string }>(
    (p) => `${p.field} 必须是日期或 ISO 日期时间`,
    (p) => `${p.field} must be a date or an ISO date-time`,
  ),
  'dto.officerId': fn<{ field: string }>(
    (p) => `${p.field} 必须是1-64位字母、数字、. _ 或 -`,
    (p) => `${p.field} must be 1-64 letters, digits, . _ or -`,
  ),
  'dto.eventName': fn<{ field: string }>(
    (p) => `${p.field} 必须是全大写下划线形式的事件名`,
    (p) => `${p.field} must be a SCREAMING_SNAKE event name`,
  ),
  'dto.notBlank': fn<{ field: string }>(
    (p) => `${p.field} 不得为空`,
    (p) => `${p.field} must not be empty`,
  ),
  'dto.oneLine': fn<{ field: string }>(
    (p) => `${p.field} 须为一行，不得含换行符或制表符`,
    (p) => `${p.field} must be one line, without line breaks or tabs`,
  ),
  'dto.trueOrFalse': fn<{ field: string }>(
    (p) => `${p.field} 必须是 true 或 false`,
    (p) => `${p.field} must be true or false`,
  ),
  'dto.creditCode': fn<{ field: string }>(
    (p) => `${p.field} 必须是18位统一社会信用代码（GB 32100）`,
    (p) => `${p.field} must be 18 characters (GB 32100)`,
  ),
  'dto.roles': fn<{ field: string; values: readonly string[] }>(
    (p) => `${p.field} 的每一项必须是以下之一：${zhList(p.values)}`,
    (p) => `each role must be one of ${enList(p.values)}`,
  ),
  'dto.realDate': fn<{ field: string }>(
    (p) => `${p.field} 必须是真实存在的日期 YYYY-MM-DD`,
    (p) => `${p.field} must be a real calendar date YYYY-MM-DD`,
  ),
  'dto.notBefore': fn<{ field: string; n: string }>(
    (p) => `${p.field} 不得早于 ${p.n}`,
    (p) => `${p.field} must not be before ${p.n}`,
  ),
  'dto.page': fn<{ field: string }>(
    (p) => `${p.field} 必须是正整数`,
    (p) => `${p.field} must be a positive integer`,
  ),
  'dto.pageSize': fn<{ field: string }>(
    (p) => `${p.field} 必须在1至100之间`,
    (p) => `${p.field} must be 1-100`,
  ),
} satisfies EntryRecord;
