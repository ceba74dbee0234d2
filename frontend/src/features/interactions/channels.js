/** The channels of the ServiceChannel enum, most used at a branch first. */
export const CHANNELS = [
  'BRANCH',
  'PHONE',
  'WECHAT',
  'MOBILE',
  'ONLINE',
  'SELF_SERVICE',
  'EMAIL',
  'LETTER',
];

/** Purposes staff pick with one tap; any other can be typed. */
export const QUICK_PURPOSES = [
  'enquiry',
  'accountService',
  'cardService',
  'loanEnquiry',
  'productAdvice',
  'complaintFollowUp',
];
