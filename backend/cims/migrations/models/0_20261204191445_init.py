"""Migration 0_20261204191445_init: SQL for SQLite and PostgreSQL, from Aerich."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQLITE_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSON NOT NULL,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL /* CFPB: cfpb
BANK: bank */,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
) /* A two-level taxonomy, product then issue, one row per pair. */;
CREATE TABLE IF NOT EXISTS "customer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* INDIVIDUAL: individual
CORPORATE: corporate */,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL /* MALE: male
FEMALE: female
UNKNOWN: unknown */,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24) /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other */,
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL /* SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown */,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" NUMERIC(20,2),
    "assets" NUMERIC(20,2),
    "liabilities" NUMERIC(20,2),
    "status" VARCHAR(16) NOT NULL /* PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed */,
    "kyc_status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected */,
    "tags" JSON NOT NULL,
    "custom_attributes" JSON NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMP,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL /* MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling */,
    "granted" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat */,
    "recorded_at" TIMESTAMP NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "inputs" JSON NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" REAL NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSON NOT NULL,
    "recommended_limit" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
DECIDED: decided */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "decision" VARCHAR(16) NOT NULL /* APPROVE: approve
REDUCE: reduce
DECLINE: decline */,
    "approved_limit" NUMERIC(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMP NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMP,
    "needs_second" INT NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" INT NOT NULL,
    "has_time_deposit" INT NOT NULL,
    "has_credit_card" INT NOT NULL,
    "has_loan" INT NOT NULL,
    "has_mortgage" INT NOT NULL,
    "has_wealth" INT NOT NULL,
    "has_insurance" INT NOT NULL,
    "deposit_balance" REAL NOT NULL,
    "wealth_balance" REAL NOT NULL,
    "credit_balance" REAL NOT NULL,
    "annual_income" REAL,
    "income_band" VARCHAR(16) NOT NULL /* UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high */,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMP,
    "frequency" INT NOT NULL,
    "monetary" REAL NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" REAL NOT NULL,
    "branch_share" REAL NOT NULL,
    "channel_mix" JSON NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner */,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" REAL NOT NULL,
    "lifetime_value" REAL NOT NULL,
    "tier" VARCHAR(16) NOT NULL /* PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze */,
    "drivers" JSON NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSON NOT NULL,
    "code_lists" JSON NOT NULL,
    "defaults" JSON NOT NULL,
    "options" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A saved column mapping: file header -> field, code lists, defaults, options. */;
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed */,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
) /* One dry run or commit of a file; its report holds masked values only. */;
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
) /* The source reference of an imported row that has no ID number of its own. */;
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other */,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
RETIRED: retired */,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMP,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMP,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSON NOT NULL,
    "post_logout_redirect_uris" JSON NOT NULL,
    "grant_types" JSON NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL /* DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance */,
    "currency" VARCHAR(3) NOT NULL,
    "active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" NUMERIC(20,2) NOT NULL,
    "credit_limit" NUMERIC(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed */,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "direction" VARCHAR(8) NOT NULL /* INBOUND: inbound
OUTBOUND: outbound */,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rank" SMALLINT NOT NULL,
    "score" REAL NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OFFERED: offered
ACCEPTED: accepted
DECLINED: declined */,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Sign-in rules an administrator sets per role. */;
CREATE TABLE IF NOT EXISTS "segment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RULE: rule
LEARNED: learned */,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSON,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSON NOT NULL,
    "size" INT NOT NULL,
    "active" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "since" TIMESTAMP NOT NULL,
    "until" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
) /* A customer's stay in a segment: open while ``until`` is null. */;
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
) /* A browser's sign-in at the embedded provider (its cookie holds the key). */;
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMP NOT NULL,
    "family_expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "team" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "severity" VARCHAR(8) NOT NULL /* LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical */,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "escalated_at" TIMESTAMP,
    "reopened_at" TIMESTAMP,
    "ack_due_at" TIMESTAMP NOT NULL,
    "resolve_due_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP,
    "at_risk_at" TIMESTAMP,
    "breached_at" TIMESTAMP,
    "outcome" VARCHAR(24) /* MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief */,
    "root_cause" TEXT,
    "redress_amount" NUMERIC(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised */,
    "from_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "to_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "reason" TEXT,
    "changes" JSON NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* One change in a complaint's history: who, when, what and why. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
) /* A single-use link; only a hash of its token is kept. */;
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
) /* An answer, with what it is about copied in for reporting by group. */;
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "booked_at" TIMESTAMP NOT NULL,
    "amount" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL /* CREDIT: credit
DEBIT: debit */,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter */,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
CREATE TABLE IF NOT EXISTS "alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed */,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "reviewed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" REAL,
    "model_version" VARCHAR(64),
    "corrected" INT NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
) /* Staff confirmed or corrected a suggested category: training data. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
"""

SQLITE_DOWNGRADE = """

"""

POSTGRES_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSONB NOT NULL,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
);
COMMENT ON COLUMN "complaint_category"."origin" IS 'CFPB: cfpb
BANK: bank';
COMMENT ON TABLE "complaint_category" IS 'A two-level taxonomy, product then issue, one row per pair.';
CREATE TABLE IF NOT EXISTS "customer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24),
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" DECIMAL(20,2),
    "assets" DECIMAL(20,2),
    "liabilities" DECIMAL(20,2),
    "status" VARCHAR(16) NOT NULL,
    "kyc_status" VARCHAR(16) NOT NULL,
    "tags" JSONB NOT NULL,
    "custom_attributes" JSONB NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMPTZ,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
COMMENT ON COLUMN "customer"."kind" IS 'INDIVIDUAL: individual
CORPORATE: corporate';
COMMENT ON COLUMN "customer"."gender" IS 'MALE: male
FEMALE: female
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."id_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other';
COMMENT ON COLUMN "customer"."marital_status" IS 'SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."status" IS 'PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed';
COMMENT ON COLUMN "customer"."kyc_status" IS 'PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected';
COMMENT ON COLUMN "customer"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "purpose" VARCHAR(32) NOT NULL,
    "granted" BOOL NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" BOOL NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
COMMENT ON COLUMN "consent_record"."purpose" IS 'MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling';
COMMENT ON COLUMN "consent_record"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat';
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "inputs" JSONB NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSONB NOT NULL,
    "recommended_limit" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
COMMENT ON COLUMN "credit_assessment"."status" IS 'PENDING: pending
DECIDED: decided';
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "decision" VARCHAR(16) NOT NULL,
    "approved_limit" DECIMAL(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMPTZ NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMPTZ,
    "needs_second" BOOL NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "credit_decision"."decision" IS 'APPROVE: approve
REDUCE: reduce
DECLINE: decline';
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" BOOL NOT NULL,
    "has_time_deposit" BOOL NOT NULL,
    "has_credit_card" BOOL NOT NULL,
    "has_loan" BOOL NOT NULL,
    "has_mortgage" BOOL NOT NULL,
    "has_wealth" BOOL NOT NULL,
    "has_insurance" BOOL NOT NULL,
    "deposit_balance" DOUBLE PRECISION NOT NULL,
    "wealth_balance" DOUBLE PRECISION NOT NULL,
    "credit_balance" DOUBLE PRECISION NOT NULL,
    "annual_income" DOUBLE PRECISION,
    "income_band" VARCHAR(16) NOT NULL,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMPTZ,
    "frequency" INT NOT NULL,
    "monetary" DOUBLE PRECISION NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" DOUBLE PRECISION NOT NULL,
    "branch_share" DOUBLE PRECISION NOT NULL,
    "channel_mix" JSONB NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
COMMENT ON COLUMN "customer_features"."income_band" IS 'UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high';
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "customer_relation"."kind" IS 'SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner';
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" DOUBLE PRECISION NOT NULL,
    "lifetime_value" DOUBLE PRECISION NOT NULL,
    "tier" VARCHAR(16) NOT NULL,
    "drivers" JSONB NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "customer_value"."tier" IS 'PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze';
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSONB NOT NULL,
    "code_lists" JSONB NOT NULL,
    "defaults" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "import_template" IS 'A saved column mapping: file header -> field, code lists, defaults, options.';
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
COMMENT ON COLUMN "import_job"."status" IS 'RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed';
COMMENT ON TABLE "import_job" IS 'One dry run or commit of a file; its report holds masked values only.';
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "import_record" IS 'The source reference of an imported row that has no ID number of its own.';
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMPTZ,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMPTZ,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
COMMENT ON COLUMN "kyc_document"."doc_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other';
COMMENT ON COLUMN "kyc_document"."status" IS 'PENDING: pending
VERIFIED: verified
RETIRED: retired';
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSONB NOT NULL,
    "post_logout_redirect_uris" JSONB NOT NULL,
    "grant_types" JSONB NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "product"."category" IS 'DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance';
CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" DECIMAL(20,2) NOT NULL,
    "credit_limit" DECIMAL(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "account"."status" IS 'ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed';
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
COMMENT ON COLUMN "interaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "interaction"."direction" IS 'INBOUND: inbound
OUTBOUND: outbound';
COMMENT ON COLUMN "interaction"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rank" SMALLINT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
COMMENT ON COLUMN "recommendation"."status" IS 'OFFERED: offered
ACCEPTED: accepted
DECLINED: declined';
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "role_security" IS 'Sign-in rules an administrator sets per role.';
CREATE TABLE IF NOT EXISTS "segment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSONB,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSONB NOT NULL,
    "size" INT NOT NULL,
    "active" BOOL NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
COMMENT ON COLUMN "segment"."kind" IS 'RULE: rule
LEARNED: learned';
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "since" TIMESTAMPTZ NOT NULL,
    "until" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
COMMENT ON TABLE "segment_membership" IS 'A customer''s stay in a segment: open while ``until`` is null.';
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
COMMENT ON TABLE "provider_session" IS 'A browser''s sign-in at the embedded provider (its cookie holds the key).';
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "family_expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "team" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "severity" VARCHAR(8) NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "escalated_at" TIMESTAMPTZ,
    "reopened_at" TIMESTAMPTZ,
    "ack_due_at" TIMESTAMPTZ NOT NULL,
    "resolve_due_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ,
    "at_risk_at" TIMESTAMPTZ,
    "breached_at" TIMESTAMPTZ,
    "outcome" VARCHAR(24),
    "root_cause" TEXT,
    "redress_amount" DECIMAL(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
COMMENT ON COLUMN "complaint"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "complaint"."severity" IS 'LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical';
COMMENT ON COLUMN "complaint"."status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint"."outcome" IS 'MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief';
COMMENT ON COLUMN "complaint"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16),
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "reason" TEXT,
    "changes" JSONB NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
COMMENT ON COLUMN "complaint_event"."kind" IS 'FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised';
COMMENT ON COLUMN "complaint_event"."from_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint_event"."to_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON TABLE "complaint_event" IS 'One change in a complaint''s history: who, when, what and why.';
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "survey_invitation"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON TABLE "survey_invitation" IS 'A single-use link; only a hash of its token is kept.';
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
COMMENT ON COLUMN "survey_response"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON COLUMN "survey_response"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON TABLE "survey_response" IS 'An answer, with what it is about copied in for reporting by group.';
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "booked_at" TIMESTAMPTZ NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
COMMENT ON COLUMN "transaction"."direction" IS 'CREDIT: credit
DEBIT: debit';
COMMENT ON COLUMN "transaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter';
CREATE TABLE IF NOT EXISTS "alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
COMMENT ON COLUMN "alert"."status" IS 'OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed';
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" DOUBLE PRECISION,
    "model_version" VARCHAR(64),
    "corrected" BOOL NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "triage_correction" IS 'Staff confirmed or corrected a suggested category: training data.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
"""

POSTGRES_DOWNGRADE = """

"""

SQL = {
    "sqlite": {"upgrade": SQLITE_UPGRADE, "downgrade": SQLITE_DOWNGRADE},
    "postgres": {"upgrade": POSTGRES_UPGRADE, "downgrade": POSTGRES_DOWNGRADE},
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["upgrade"]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["downgrade"]


MODELS_STATE = (
    "eJztXWtz4zaW/SssfZlslZPqluPuXu3WVtES3ea0XiXJ3clEKQ5NQRLGFKnhw25nN/99Ab"
    "7EB0gREimTCL4kbRIXkg5eF/dx7v92duYK6PZPoqaZruF0esL/dgx1B9A/0q+uhI663x9e"
    "4AeO+qh7bdVYo0fbsVQN97VWdRugRytgaxbcO9A00FPD1XX80NRQQ2hsDo9cA/7bBYpjbo"
    "CzBRZ68dvv6DE0VuA7sMM/90/KGgJ9lfiycIU/23uuOK9775lsOHdeQ/xpj4pm6u7OODTe"
    "vzpb04haQ//rb4ABLNUBuHvHcvHXx98u+KHhL/K/6aGJ/xVjMiuwVl3dif3cR+XwrKMo48"
    "lCmUsLRelQAKSZBgYXfVXb+/Ub/BV+7L7/+ePPn64//PwJNfG+ZvTk45/+Rx+A8QU9eMaL"
    "zp/ee9VR/RYexgdQDXf3iIYhA2x/q1pkZA8SKXTR106jG2LZXHh36ndFB8bG2aI/r38uwP"
    "KrOOvfi7Mfrn/+D/yBJloA/sIYB2+63isM9wFezbUsYGivNADHZaqBOHxwwPiwbCNA++Nf"
    "O5dBuQzI+RinIX5UddXQQBbhkWmAVzLEMZkUwiugwZ2q/zTw/18X2u9qQroA2oHUl0fi8I"
    "fuu6uuh679bx06ProPI2km94NXqRlsgRV0FB3uoEOFcVrwbKCDfYEK5xq3juqhNvcIgJWC"
    "vkYG5wGChQxzQiiNMZJy4A78hP9R11R+I4jFhZSeqbppU8OXEDoTvhZN0Cx6tqM6rk0+py"
    "R05nvwyegDwo0zAeNB+oInFtJA4TOgPLQ6Yn8hf5V6gi+9NAaT2UgcL3rCyrR2quEsjbvZ"
    "5B/SGH2kZf4BjKXRH07m0qAn+HOlc8KR9/5DiTPv/YfcQw+/SisWtmPugKVQacUpqePqcQ"
    "s2iWo05AOye8tcuZpDB2xSiOMa4Irvcusn4sUjnIpZkO9MC8CN8SVQLOJ7TgrY4Praj3XV"
    "MpD/DCdS+PRwjFjqS3QJTi9chAH65cBXKWbSfIFUCoQ3YRpXAO/00BOj6CZXbw64eC4/qt"
    "rTi2qtlLxJbe72uv/xGdxvA9m7LzOgq95PyZ/RYT+t1ToymCcmJ3oMsAEJ9X0mUvKhJ0ax"
    "Qm8MuxKsFoeeGFrM3sI0u2ZsQSaWavbVrrtLP1ENdeP9JPzZ+JNCy6gOLLLJ1HtxVWgwjZ"
    "pwc2mblJarAnOpraHTk3Cm6qaag2wkkQJ3jUXauwyJt8rJw+1QEqYzqS/P5ckYf8ru1f63"
    "fniZNIbMJHGY0r4toNrEje7v88mYjHBMJH2Bh5oj/J+gQ7s2pDv/vXYNb0sVHl2oO9Cwf8"
    "Kf9z912VIL8McQeZjbAebhBfKHkfhL+m6JLrW3HmSm7Wwsrxevg9uW2QUyu4tnEaM1Ckym"
    "+MKPJZeGNO+LQ3GBb/yokarjr7c0BvJ8JM89O8AK2jto2/hpH01KeTbyrAOmsYbWrikGAg"
    "s8Q/BC59qJy5w0Xg3Tr5IYfyjj3fmQ7935kPHu+Hgp/gaUBXoBvuccChlBFtAuQHch/bIo"
    "3pmic2I4GX8Om6e3q4xnAmOjqIRL7iAw3ea6JmKSRVZf/I+a9qk65z36fauJob92ovtE7s"
    "jII3TDFUfTxPBg+zB+000e4cHTH9L7UNSJ8E1e3Av4T+Efk7GUPl+idot/YGNFR3UdUzHM"
    "F0VdxSAKn4Ywkra1U0Y9JVrBsLdoATZomENMCsc58MucsLbjgnyMGz3G3IdRkw8jZjMign"
    "sLN7n4ZmWrgbgJdoH/7Havrz92311/+HTz88ePN5/eRUhnXxVBfit/xqgnlg53edDsYBW5"
    "PPKt8lmzIHF9ZAdjYoCFif5TcijOtKq+6bIoOxbZPaHMcJxneXVX0JGeQU7E6uHtVaENFr"
    "dTQNSwMZbYoh2YMWPsBTbdqwKTral5AZWn6JIpUfYuiixpk2hZm1TWrkjgYqbJi5m63nc/"
    "lbEndj/lGxTxuz/TABPPy0KEyQ5JBiCu3pqIzijoUEWKHyQuF3XXeoCJF6JjGJNvQlWZaV"
    "maxX5H+C8qJ15KjDvyKnfkWQCBYZPjGotcQnEpFtwUdS8ATYdoz8CaCxqMHMdpnukyLcnx"
    "Po733gLPyla1tzRQJ4T44VkCZlqEqwW3QUmC1UCbMRPSGLKqtLKg0bHgH17kYB896xCNLe"
    "lGV8U2l1hzNCOC9o0xvfxV7C61BcHhIaXecRNCfFMoq0bQaWsJIX6slQrhWUELaI7iWpBO"
    "L07KMQj2zbt3JdBGrXLh9t6lwgk1c08IoM0HOhK4YGJhXVe+JL7dm5sS+KJWufh675L4Gi"
    "YxF76AzsEke7fab9uoBV/vGNO2qo4/hgrorCSDe0YthuckcsoOaYEm3bGY1wGDI1AG/3z0"
    "s0Z/pMwroXOrvAszIcZSiM5FnJkx+HcEl1a+FTVozq2nlVtPbWDb+Dr7BKg8NCkxbs8r4U"
    "BQd1CnAvkgwR6+12USQ67zE0OuM4kh4Pse3VzsE8IhkpI8GqLJ0RDuadHTLo+dbsf42o66"
    "XtMFTsdFWFLJ6mIo8fDK4ksdqzvH/YxAyJrYMpDLhojGZ1ciOLQvzvviQKIL1a3Ow3Frod"
    "HZdghujeDNVZEv4/HQhvsv2rSur474L2jNB0x6LarPOvb+TwFt2J5BQ8z7Uubz9wXm8/dZ"
    "8zn+vwKogjBjIhzlcihrlHGYGrtRmDflfEAFLiACoWyL0rYvCz1bedsUMS7ZJLlzGdTYS5"
    "BLrCLOoFYeKz8q4kyYJjgKqu/1xChMOfddGpDorrqtBMm1nsGrgjbGPWpHinGnwsvrbRZ0"
    "xhBkdd7oD+SYhEt9gjkz/16vJZrVebX/LcaBtUJNkfKCWvzWUW0bbgzgDXrQwnvuAHUXmF"
    "Hij1PZ0BbQAHz2daHfufXgotaDrWoYQCffD44zosXEm3xd6NzOxHH/vif4FrClMb1HimFP"
    "2KNvDJbGZDyU8Z+moUP892hyKw/R3zvzEero77k0vENdz77KffTUBvpasYH1DDX0ThqJ8r"
    "AngJ0K9aXxTUIXhUVPeAEIGWdpDKXFQpr1BB04jn+KvL1VwwbPwMq9E5ZgwYvJN3rQh5Nv"
    "CHnzBQ2oNJAfRmhAwQq6u6VxL39Gk2ELN2gq9GfyQu6LaAyRrAM1v3rHGweqxH9JZpjymd"
    "hSYk0enUr8XHUQsTWdIpIQrhKenx3KBTKT+pL8FdM9hj0sDbH/ZTz5NpQGn/FzpOKgO7AO"
    "Vhv8Th5/RTdn+bO4kMefewI0noHtwA1SC41NHtPkTJpPhsFn2KbufUayBAVugxkr/TZ+BZ"
    "hm7JRxraas9Swuw14ARx0h6wfdLwPzMQq8hCiDJrSWmMxK+fjjW8kJg00Q5zEdTR7vcLs/"
    "aWEnRPk4N3mcObcl+2Mc6XOnxFmmZPlIN3mkQwX8pF07IcrHucnjjNQpJTDg0itiMUmudD"
    "d6mANN6sShzkrz4W70cJ82zJUOL9+z69uzHcWC9tMpe3ZCko9yk0f50QKqtj1JA0uJ8nFu"
    "8jibrqOZefHFxx0NMfEGm5k7I4TeQpz9qsykoSzdYZ+qARzVwkEnOgTrpTGejJVMKwP9nk"
    "xL6ZfpUByLC3ky7gng+15XDS8iBfcRkwzan+JC6JYxb3fzzdvdrHnbNB1FU12bMNAFFZUS"
    "Ug0e38Z68Szg0Q4q6s50DcJGOkKT6zVP602LpjdSoMGdqv808P/P1GAMpL48Eoc/dN9ddT"
    "3sD/UNxw8jaSb3g1dkuD2GcUOjijcnyV7Qedof/9qpCedU8nOZ3Of81Ocs5NjcgnAkzu/c"
    "wKi02OVyJ9/VhXLF5WZs07XyWIdKBABE0hecwzvVcIO4FZqzWRw/4LgXX3ppyKPpZLboCX"
    "C3Ny1naYhTuSeoe3jKSVq9Mx4dlsAyVB0d74S43gLK65RcJadpg9Lerrtl9pVu/saS2czD"
    "zJRHurShhBQToUe1syLy5KG/SPJQgsxivzpx1JOSfNSbMuqE+34m1eIZWDYxmjNXU4tJXE"
    "5Je98SJU3VPA2WjjMkKXQSqA27yVUNq4Z++ca0yGVF8otYJqU4HQsJWV4etCZk95a5cjXK"
    "rSApxLcCQtXVQ+pWSUxjEhxQXj+1FMhlCZnK1U8lHWVV4BvmV/ZjfbIKdPIsLwF0sJVWgP"
    "P00FO7toqy4CZPnRLYBhprBdiKh57YxDap3JfAFh9XFQC7CLphE9XYmU5dszpmu30+n7Ii"
    "2oSjQsmM7MAkRgZoPENHrYAPxedkkKPu2JmpnMjiPMhQF+oGoEYWrvxy/kxbeP31o+5YWq"
    "EXIQCJlMsiIpC4BlqCEESJa8FHmUE6ouC8mD/qaLvWBUf9bhrm7vVKCLQWwdkCQ4C2jee6"
    "aQDBMl+EPbCEvQqtn9JOwnP7InCR/BZXNT1Zny2EU4++EXlIruZfVKoyEmHQRfi+W4q/sV"
    "vA39jNUAz6M50C40iAQYS7pRgyuwUMmd0sQ6ZpwQ3MoSEtEYkZSV8w4uNRNZ46dIh3+nfT"
    "256grfePS+NWHH/pCVEvb1yWBykMz6SaPKapA9XIc+aEQinYH5FUXbiHu/dlg/JuJ5Nhws"
    "15K6dDIB9GtxLaWVIhewQ3BA85YMz5XC1faag4VnVZb+E84LenNt6efKtQ0dUpshuVuTeB"
    "qPHRS9MEXV8wD94GCNAQVCHq5G+2sIW2g25fPeFla16h/wAD/1d1BNVYoX+8Zq9NZ/dWhs"
    "Tx8Dv9q05I45jysvhbPfo3HSljUSk9xq5WFymgl38Be0I//lS1NZRt8iWhcycPMS3YGuqY"
    "J2wxE8dz2c//QWNh2NBP/xHnc/nzeCSNFz3B59/aodWLecX66PD9PJnJ84DkzLeGQLspDG"
    "Nry9wp5zHOpbpocLIQ55s7MhuQBnfeXEh0wGdCe2cCUjhMQmRIAe1gKNDk7bwxgfenZNAz"
    "euttyS2XEGKdjaxHF3ibjjD3INHg3bKSsawjyda/pxBOq/yazjGRZtR1xh/LTF3nliQZNN"
    "7lRTCIUcZtp8Q4tjwk/g1DjePW2KpiYVsIc+kY2NTqLRNtzKO5K4/mzndY1GtRNmxgODOg"
    "mVbS1klscFVsT/aaKtahbb3VedKbo2shlcGba/5XCGrsYFtv7J3PvOGvaEs18HTjZXguG0"
    "lzGIxT7D4x8Sbf/zsjcfZF8k04O9V6Ar75Bt0dRWWOVF/vhYeRjX62964/kwbyQunfS/0v"
    "uEILWEFH0bZAe1oa09nkTh56QnvLXEMdj2C54ayZQSFcRZnhLIxoiEldMKThbe6jVYY08B"
    "JWx0tYJctUTcUprkq1V/fAShetaoYBNH5cZQb2aFmQuOhlbHaXPIzYMtkFg0VHNpMSa/LC"
    "PTmUtEyQHWpVEEqaCbQD3/cQDZ5CMhHhRUUGOylVtJ6YMpni9ZGxWESKMsW5HpPioYoU5z"
    "o3D/FMdG67oLJdePcj0baBbe/y4uHSba4KLRj+jUtNNr+oESMWeMytEhe1SkBj75IigfPd"
    "ewcJ7t2r3LvnLU8lP+aPPCRJKQY15erDQ3zIcp2px7DO96myAHcNwU46jsl0tgQ2hoKAp7"
    "gQgzBXb5TcW+aj+gh1YunvO91U86my4nIprNdYsIVoF138Jg+3Q0mYzqS+PJeDjTyymngv"
    "k3eXmSQOsxbgFVXSZiTA4FwuM5XzZ3J2IpvkBKV8srdIgF8HCRfttRc8SqXnxUSaoejhz2"
    "NG0cPWzR26bGEDpw53kLZ+BUH67BIWTVsERfv3aTUsTqldwWtWUNWsOC+74czUhtOg3qOF"
    "FPqVKbx1U2k88D3TvvzSwLNygDMN8NpbNSXRgHP9c67/N3ZnMpZ3z10Y3IXBXRikQcIHH9"
    "miFjIlTAywMNF/ShBMeH6JQazHVvqdyWQJ1B6fCIdcf08cqaPenvhA1err4e6cS7pz8tdf"
    "Of07Lt9kna8jTqezyVcJFy/bW+YzwHm+g4e+hLN8V64GPGXcj5dDvwkHzDVDGQ++7imX/q"
    "wov/EfvfFfPF+0RZDWkjAaXH0pb5tJKSaAr/u2GUJGf9tMSjKY8M7wddMG6LeiofPPAir+"
    "CIIoCxnxda+zJGynrDdyDxWsu4aNREuWWamgdQOAla34I0e4zBbFAqdFLxgQHD1pbUTwIQ"
    "qRsu5fWq4ak1rrL4sZgxqNyYc0LNkxCS06ZY1vhODUVg1LWRNcZkqWMcKdFxsc2jVJNqKY"
    "zbPAOhRvxc1CbVrpVwVmocgabJhUPsCkWDXXsgbVVS9F5V/A5J8l8meerVMeD+Sv8uBBHG"
    "KKvhV8hitX1ZdGfzKbTmZIc+sJmmntTStIFXt7i9safari/UEx8xNCTR6Qk2d+DTUW1uoO"
    "6q/0WCfF2LuTvi8F9vsCsN9nwd7AZ2BQY52U4lCXghr/X8HeSqpEgaQUe1DXsoV4oD0BKt"
    "txXKaurfrtdJSfS8H8cwHMPxM2Dxw6mmM8PK6oHKQvGKTnGpgs2OhQ6isj0aPIUDFBxp3k"
    "/7UG/t8PY8xGPO4J8b7fXF95hJazVcJU+6ydkbwIklJ/5QR+wwsrUck5MEW7SELsopG+lJ"
    "O6GSkaMED1xE0kJt7gsxGbaeSBNF4osk8yDle+PQcT7Mzn6MqzwBw7to1uPM7SuP+ijMS+"
    "OFGm0mwko1fbJ2Wnaqqp7IG1g6jFQpS/iePovaPCF9WI3s4nfVkcKiEj1mSAdivb1KCqKy"
    "EvlrnCVECLe0zuY3rGlVOmQhkvSTffS9LNeEnQcKIhf6TzSCWEGjwLTl1wNzdlYL65yccZ"
    "v8sBWvF+40lwH0RrAv3t1KXq/X+mprn7KFSxLNZJKfbmdi0XLbDb6+Yr3R4Sl2EP5louWT"
    "hAjnpCJ4TYA/qmDM43+TDfZFDeqRZ00MF9XkJUtpfm37nm8vgzvmfZCH58zxqJs5mM06LQ"
    "j7EgrskykL9OZn0vUwo+m5aGn32TB5Nv+NELXJkv+Mlcmoozv+aLDfaq5dd8aeatzSdhVD"
    "yqRppllZZjb2XVogXFYaNXhMjSXBc6qgt53KJ0p3MgwN68vnlf5kKNWuWfGe8zl2oPL/oJ"
    "nRLjM/noTFZXK3SbJxzL+YHhMREWZvOlA8N57n12Xlece68ahqvifUAzSW7BotyStOTZqS"
    "Xtme0nZpbg8C4SRU0RypEIh/cYvDr0CakgqfhYAcYpOQ70MaDbSNhhmfYeaA7txXQ6m8yn"
    "Un/hFZPwesAlSReyl0eoORCnEQ4ms5GIqwyvTGun4hLDyYKizbhuPr1qZxoWkj20kW3lK5"
    "rSd55d4RlYcO0ZFqRfpvLMKxLrEZp75V//jkbcL//6LzTiTRlBR91Q0XGF7TkXV7FmegIX"
    "lx/mqqgO+lqPrkNZ7ZIk3IxBYooZ1wr4Iuwt3Ct+BDyVnyBPnoWrXO0pcKZraSd7+g/SFz"
    "xl0Ai7vn5HFy009iKbfemlIY98Dz/c+f59cSpjxgHYjCOE8039BROA3f3qxEFPSvJBb8ig"
    "E9JRg2/fuqLP7+sa2YrZcFVL28LTcrlTojyJuzmrJrtX+nX06BKJEzKcl+84L58PWBZhal"
    "a+26ijlgFcNiE4MbWoGfli25emmS6RHj0k2bv7cpxeT/R7YQjv5B6vA+tsiHAfrAIUVUA/"
    "EyQWq8WTgVLAM6gOLun5RPKDdmDmVUU/G6tUGXYmoUqXXzsXtAr4NdqAW2TQU0yXVK6TBr"
    "KA5yDekm3ISKmsHLEsYugxwBwoGLTzEJMPPbEKFnYpoq7cCjaxL6/aIOiJVbSiGi5qBbNr"
    "luiMVchssPHolHYAZzFhT86ZsM39DkdRf8wi51rP4BVt+8/QqWK+zb3+5Kg7xnGzgL3Hum"
    "glqM2CzljFDL0x7ErOzMWhJ5bAyhLtFVDAxeh1gOq4VtEcpKitEOhvd7E+W2mnLp6Kz6ru"
    "EvzWp+P1NeyQEbBOJBiMpk0B0WB8ah0nHFTis5szD7bKOXAl5DMPquh6viY72fJipAOBMz"
    "lMGnoalCQxQcuPYjIGrU/yVjVsp6ra1esAA+0qys40nC1NPdmMHAeXUFUWWrajmHsEAlJb"
    "CCal/GVOEP0rkxbtLXPlao6tbAOwSk7TjNzlPNbvWjJJt+hEWYG9aZPK7RQSuackOY87BY"
    "87xg6v3jOgT4tz/CnxDymjVIu2hAFBmqNPib5uqiQnyzHYQzGONyXeO9NyNkS9+SjmcVGO"
    "OyXuL0DVHUL811HUD4Icc0rMoWG7VhhNRwl7QpYjT4F8oIsoj6pOxv4Obd45ijpBNoX9Gg"
    "u3TVkvuuVMHm6HkjCdSX15LgcZYVF4sPcyCfhMEocpxP0t4iTAs6Ic76N4BzrfKXhnRTne"
    "R/E+QthRAPcxwo6yaLfIalIB3j5caJKeXqUl1UXz2fjSfHlLYzj51hN088X7lzRTRvJggP"
    "n60CNgKTu4WnmsfcHT8O+H6TTW1t3vY23v5c/3PWELN5469/aZkRbQMG2QslJfaYy+aTFu"
    "880qQbpqO0rMxX9CDlVOFzyXqsm5VGsLIEyJ/F256ykhwy3T6aW0Mw3gqBYB0YKDPy7ENa"
    "zjNwj0m9BEpzwIUlKXm7rXH25aMnlXcOMTEyOtifIqnJbk0/joNA5SB+nBTgtyrI9fgrfo"
    "cgV0pNwSOFgLiICSYpwCKKHZVMLTVJCxmLuVJ4W4EpLexzE+7oksMklR9hhFWNLfg6RxZa"
    "daTwSvAdzkR5elJJlZQ//Z7V5ff+y+u/7w6ebnjx9vPr2LFlP2VdGqupU/44WVGFtCKFrs"
    "xks/CiRpPhKnjUQUdEwV8puSqgb81gf/ZphB8hkssnkP2SHJjkcYpF+SRSRe575Vg1GWRS"
    "Q1DRM8In1x3hcHUopGJJtrckLIf5QjURDyH8+jKBHyb8Wb85D/Nq36KyE/5D+sY3+KdyWU"
    "bXLJ9c58OnmY4/pGe9O1Aa4EOZPGXh1IC2DC6Hv8+n4yHCgjCYcW9IQtbrg1ERx+6urS+P"
    "wgzsTxYoJeblwVne2OiZ5Ko+lw8iuWCMua4VpJ6DLrNVxBC2heuzm6SXmfgJt6d3vcOW59"
    "K42lO9mrIjn5NsavHxFoa+jVkDRfjNPqRV6XKXVynV/p5JrEOm451FHjSam/csB4yOD5SF"
    "dPIyHV5EVWfjdLuhK7n8r4Eruf8p2J+F2beVYvi347OTfLEK3iIuenjHlcjrs0m2wS8UeK"
    "bgeNy7BHHV7L9unzf9PdtRMynIWTZE1SLXTfoUM1IcNRPc5tmkd8T81teo5Vohk7/lG7RG"
    "LJ5rCbZicwx7YMtomFS80cS8U3cqJ5yCfGKLANRcwZJQxDEW0Htwq1aie9KrAKcSKIk+75"
    "YUiqrZmkyI/5TtX1o/GskTBLZ/519+OHaJLiP4rm53wkDocEAoMwQPE0fAniHGFyjONpAG"
    "elOb6p/WG9o7m+Bs0ZtPzVU0p3hxQvElfu8cycg+QlQ+7am5qjw7V3rCs5nG0FiGdFOeRl"
    "IHdgXgm94466ULbJO0lnOhQX8vhh1BP22NOMftTS+DwZDnrCxtRXS2MuD796HjSoP3vOs9"
    "lk/A+pJzxapvEHOMVRVn0q08qCuJZTdpzyI1FjIjwKNWGMriIK1bu4KrkVufLP3oxgk9fO"
    "iadw9bUn2xaf2pQDonXeGB6Ux4PyGjcYDQ3Kk716tH83HzsEi+vh5VWRtdWvaav8K2h3zN"
    "KKh1xYWa+C5RqCaQm43gB0BHMtqMIa6uC/BOjYggVwpwKORrKFnWo/gZXgaeW2YBr6609p"
    "naq6Xrm9t1n2XmA40KF0rYcSFyRViG9xFzBSVB5HhxeJ4v1BgXRCiEEttHtzUwJn1CoXaO"
    "8dAWl7q3ZvPlBjfRCrC+2Lbh01q/zoPFDQeZBFuZDbLCZ1QVazt1HuKyQ1Q6qb4xLMC+XM"
    "QAfpJm8jndnDeCyPP/ewmmEgzJdG/17qf5EGPUHbAg3pE+jJZDSSFwvvmaeFOPjpTLp7mO"
    "NnFli7Nn5yJ8pD/GCtopW9aoaRyDFxQr1lvlBRnCeEmMklqy4zNgjepYQ1LcaBTQMLvkPb"
    "QR9Ii2xGjkObhnZvmehX7pSotHNJaDNyHNoM4Ym716GGfjw1uARJDm/Gke3d8WncHAcJ7u"
    "Wo3MvB84t4flET0Gc3v2gNDWhvTxr2lCjPMmqyX8vBqbz48KdL1UhKcSbSo7kaIWJZkKkz"
    "CnwPyiLWYbuQLp1WkJxkCa8V+g7C+GE4LEosSBaztlbnlkj3YJ95XbXwrMpDna7e60mewA"
    "CzXGfgAdOj/kDr0PSoS3CxBYKf9oPNY8ACaFV5vjtD8HsDKwHd1QVnqzrCVrUFwxTkAfoJ"
    "mAMBN8TOPfPFyLoFK+t5aSwNEfXxoy8moKNzZSMxgMX/ZuO/N8Dao89F/aDPQZ+wEnSgPg"
    "O/VegfElTdNEAdnsYi0ifGnI0XoXnKd0nGxprOg5MQq+ZW87bDUXfMVhgNYZhUt8ekGIPX"
    "x+67Mn7Jd/luyXdpqP9lPtIplgcBllIp6lIqg+iYSvTJICKnZQCX1SUP86pR+akpVT5XQ4"
    "or+0d1pPhV47iWJAo2UidWgr8GhR3qHgHe8+KbkM6hrpB28eP/CN4PukKtVsAzXdpXQjCY"
    "6F+m15udVZSq7pyHUTUrjIo2tKfaqJ4GaSnv35U5O1GrfMvru8zpyYPULhKk5sNHlcMSE+"
    "Heneq9O+gcULxzgG5M4lJ8WCoflvBIphmUuAwfksqHJNCNaEYkJsIHpPqtizumuWO6Aeiz"
    "65h296sTRz0pyUe9KaNO8FNHjqmSaYIJk1glfr5y5rCWeFbr9fEZDrD80h8dkgEr9vqq0H"
    "qValgnudpvmZRITXMtK9oc0MPfuZuskW6yoJAZWb06nhISE2+yntW5nYnj/j0m+8AV8pbG"
    "9B5trD1hj74xWBqT8VDGf5qGDvHfo8mt7FVDNh8hrng8l4Z3qOvZV7mPKwEAfa3YwHqGGs"
    "As/qI8xBT+KtSXxjcJ6VeLnvACEDLO0hhKiwUmHdGB45zGxl8DyYhXWSCXz+L4oCc6aPSw"
    "y+PbycN40BOg8Wi6xgoN9cMieGS6jvfslEEpo37nK98Z1XvvWuiApzL9xkSaPAJNsv/a7m"
    "5HLMC7AN/zmKkPIkygXKTCSr8siu/vkQY7nIw/h83Tl/pMvuGawAOaP60jgZro1lkKvEgp"
    "WTR3t5Qog5e39l7Wsnf0PGLyklm7kfQFnVjoeuOqOqUZsjMSxw8iUqZ86aUhj6aTGdKmfE"
    "/80hCnck9Q97AZepQfPEltnUyJMXGu1B5jxm2TjFmpytgmw1q0VLEmSSGeSpFNvgyqxFOh"
    "mpDhoDa6yixjyO4tc+VqlLtAUohP2KOxr/nsf7xECx0DILkAjr+BVoDubdRRu+ZvWWgTJ0"
    "0JYIPzvgJkxUNPbEKbVI1KYBvsohVgOz30xCa2yQOHOio+bqW0nsGrAo1n6Kg54Ug0/te5"
    "158cdcfOEKSMux5s6PKxR+1AJaDNgs4YgqxOz/WXV21gau4OeB+X8VzHX18Vea6fXjVlFW"
    "95Udd1QHJH56/+qzira8t8sACVmyBozlzeQ/XR+Ogb+PgQ0S3h643JN9lUiU9ZeSCNF4rs"
    "8TfacAU8VWdpTMX53Lcj71Xb9i3J91+UkdgXJ8pUmo1k9Gr7pOxUTTWVPbB2ELVYiPI3cR"
    "y9d1T4ohrR27vJTJI/j5XoU8N2a18zUqJvEErcPszlsTSfK0O5L41xHMGja0MD2LaiQ1y5"
    "DcchLO5xsIDp7VWNmD5+jj3N0jxINHm6nLg+a+Ea9hFTvB9Ij/RBjrMNH3ckQNt2Mamkdx"
    "EixQLkw00QZXGGl5nf+bObhDdAeiUh1ii/GGhC6MyCoM1UzEnoEuqBgu97iA4SSviSUrXj"
    "9wYVOkrC1z62684eGCsMAKXyM5XGA4/yOpBfGl+lmXwnY+rqZ2BB9Ps9euuFPPPprR00Qx"
    "pCZx1+P0o3ekqspngh1pJ8ItToPekpUc5D2OSQoWCFU4emxKX4kiq1pELQ6FdUUpIvqDYs"
    "KAuoNl0lyKwkewurWypeu1sQr93Nxmvz5F+e/NsE9NkNsMuta5vrz8gvaFtjsNL7ukaWx4"
    "A1GFkerHTRYKW3YeybiK6z7eswx2ccf31V5DM20T63VbRDyzp9xtw1fEnXsD+oxD21QAuM"
    "CzHnJq7eL/K2zINvfVpdIPcUID3ZUbaqTYgBLUiHTIqxd3Gsfiajq7aXnq64FqRi8soINo"
    "PPC38eM3xe+L2imxvTxbUHThyowk74oFU+aBtLRUep/0EUw5QS4wNT+cDYmpkX2JVznIQC"
    "F/Ro1gX2BQJzLFOnm/KRAJ/slU92TGX1TJjthWXCD0IXrBIe3gtaWyWcG4Pzdx12jcE8Lb"
    "h+wyXPAgxnUAVZgG9jsQwz2QjWyliSW76lMpZTx42UrVrXV0VGSjTQVPbJoD1zpskaUhC4"
    "abJW0yT+vwKoQlpiIhzlcihrCI2NmZdxUIJoNSbfZMw7A2k6meNMqBVACqqXSYV0UyV6jB"
    "V/JXrXn0kDeaH0xdmgJ2jYmucoGjqjl8ZwIo57gm6qBuZjnS0+i589RlbL2aCDGTOtisPF"
    "PWZaVXVnuzTk8fwBk7xKmOzTdq0IxTcPcPao9gyNLoopJnNBY01//Otl7DXXZU6J/EMiDT"
    "E3DtRqHMjcaMoQGQRsE2dm4pcn5WjaoVKKtkAzcXFBeDZM/bAfdq6EyTyyA5v9ufUIkrz4"
    "DGKFCSZ3O2CsqqAPmSU6Y2kZ1mwkeIYrYM2BbecUckg3uTpiNPAaK3asdYlapI+W+WID62"
    "+2YMON8SM0BNXxKp2D3SNYrcBKCHsWfsBF1DXTfIJA2Jp6UDf9Cbz+B6kOaXUdc0tGsywZ"
    "aGCow1TiMsxZNKoPUUFXvA2d3zYUaPLN79TbduX3LS8UNPQvpU6+groyCTGWorAvUmEmBv"
    "+OEJed7zMPmnOPeeUe8yAXHB2tzl7xIwlpNp0ccfZiEGuJHQlJGOh96EnJy/jQG8Lh0CSX"
    "eQhSoc+cR0rkrzF2IyW8IjV0gRJxEZZ0i7oCJXIKB1HHScxxPyMQUpK1DOSy0RLx2ZUIlu"
    "iL8744kN4qViJlPCJYQbLmpXwjiJVt23xmUF7Jstp7RgGFqGo8ZfGf71Rdzx2BUIalLfm6"
    "+/FDBDz+owjq+UgcDrN3OFtDGy1h+9VNNe+ACyVSUK6xSAvBLMBsMHm4HUrCdCb15bkcXN"
    "wi/cR7mXSizSRxmMlSwmQglGEXCSEGTUHXpQIvrgsCL66zgRcBaH9QGTQTQhzpcki3kG7P"
    "XK9BSIRHEeMyubuTPCK9QH5piP2+NF3gR6qmgb2Dnw2kPi4rPMChMBouLNwQwj1PtVJyuT"
    "/yV0VGkMGVwWvXcRtBFTYCtOTh6qRRT0pyVrhG2/844w9jVd9YxJUzKV2ASSkytb11Aa22"
    "gntmBa167ZhrdGhsF+YTyLFixt5fFdswvZaKEzXlOWBt2kqvCgyQ3phSx04lpXj01NH71F"
    "rdQZ0qmeIgwV6JlOsy5oHrfPPAdTZdpSF8a2+teNUdBMjJW2oNwOFRgDwKkEcBYgpBL2NA"
    "eQJUZ2ZKrKaoP5b0Eh7x91ew+Pm6pHL6YBM7YNC2z9Kgu/ZJlvyYGDfjN3l8LfCMbuGnlf"
    "CJS/JRbvIoc0dsvm7EriOWB2vzYO1G+TkaG6xt6mAONNeCzmuH5OSIv78qdHKgljhj7ND0"
    "aKr6PMgit1wd2IJqCOpqBw2IxRzTEmzg2MIeWALuOpuPTi19husE90FzkQ7bM2fZr4rprc"
    "ih4uwVC/zbDYvVpsx4ReQ+GdkLcvxET1pF8pO48OxXJ6pKSUmuKjVFVSJoyBELSklqpzoP"
    "nznY7HJqQIWvCo8cO9aoUo/6b9moV013bQe9/Z1729+SpwT9LPI5fDzWPJRtsqOyM3sYSj"
    "1PpVkaQ0mceZHk6MCzGhNIzplZOTNr+1GOfzMKpFNi7NFi3JQC+6YA7BtCNpZLuj0VVFRx"
    "ibcnOsdww2C+tAf4jfN9GoZ+7ek+gXZYXuOLSfASGsRMgDWk2zViIs2IKMEfy05ECfyDMB"
    "r51vSg+eUs6e9aMrM5a/XFDFqhB++RjoU9IcWgQs2zXbnlsAonK7cXszbqFdiLYzcQz6dr"
    "b+H+TDbywBY8ivpr4YTI8xPXSkieBS7f0p5E96jNXdkl25egJQ/zKDF9uKO+Cpg+XAi66w"
    "nmHhjCyxYp8MI//+kaDtT/+U8B2t5PInGRn9lbGSaw8Kf6xnmvlw5qlKEIC95QeQI4Qxh+"
    "dwmGMBsGzgCaAyoSYvBsau9ZRFBBvKVHq32EQjxys8ljy2k26jJBJA+2shadhBDHtUSE5C"
    "E84dwYyUNPLYO4dHxkYnYd59jgFCY06JaiMHmjGKBY+C/pdpKMDi64l3gBtrtDS06x0aZt"
    "tFCDdx//BUh8OgWJrAcR9kJwKyd/cG1g0Yb1xGWYg7h6C/kK2ntdfVVoYU7LMeiOqCW+Z6"
    "/a9ouJDidaZp6MIIOI10K9gVMeCIbegiifUKAZ3nqm+B+4k/liTua1CnWwUnRzA0llV3O1"
    "v4wcD5VIQ6ubGk6zPsnIl5bltr4m2/pOrFbHq9SdclJ7qOmq7Si2A/Z0vqmsLEPRixdmy/"
    "Jg9Pb/E0IoMsJ8g2vyBscjpPIXXztjZXiE1F9x1PMipOKj/miphral864lZBg6Uuvyrfl4"
    "VeD9uY06ahe+ZV0/iYlFza8eO8AQXGfG8YkuemrBP7xmffSshdtWbhwfgX3zTLimlvkMV8"
    "Ca+72xClaCHP9MyNKU/KzgVasD1rWewatsPEMnt2Brps1VoSvWa63AZPMSEaI2AkcHP7o2"
    "EHRoPP2XYCL9QFAFbIoXzLUAHVvwpgkO5XwCe4cUGHpaJ9zn2yyfL/NED/25uOgJmq06S2"
    "M8naM+/DB5WgvRpxL2oU+51qFPWdsQL2dxwYQpnpnGM9O4ee1881q7aNj5MJ84zJySm+3x"
    "1czdXse/jDLmPyXG7WeEXHieTVETsqhfgG+2uHAKdapfRpahuXsBd2qBhZhnCHQozMRFGQ"
    "IHQ3HOtK8AYjnZW7vme1mQs6u9BM7R4VbFRI73xSbGaV2g3pKycTO2vUffjRRzGYhODLAw"
    "0X9KEB54BtRZrEc2xurPk0zTEQ65huk4UkfN0vGBKmGUNgTVsF+AdSW8QGcrvGxVR4AOth"
    "2rj6brCJq5h2CF6QfWpiVYYG9aDsJGeHwVNpbp7gkm6kq6LENgkNrU/U+NrkLoIR1nATdq"
    "c6N2K43atoYOyizw852q6/n5zqEQS5ee6+7HD9Gsxn8UTej5SBwOCTdJc0dOa16A7/kX9F"
    "CEhRjdIpOL9MsiYW3JZHNEFpfhZPw5bJ5O8UghvlUNAxBC4MttHTHxRu8etzNx3L/vCX7I"
    "ytKY3k/GUk/Yo28MlsZkjOYi+tM0dIj/Hk1uZcyVvjMfIWZLn0vDO9T17KvcR09toK8VG1"
    "jPUEPvpJEoD3sC2KlQXxrfJDQgaJ96AQgZB/OsLxbSDNOsOwEj69uzrOdUVyrIeA0FWFhg"
    "dXuFUpoQjS05JcrrtjbZnswjMeuwJHMjPTfStw1ZbqRvRs7TISiQbo5n5KqZ5a03N3AHCH"
    "eAtAdk7gC5wEQu5wDJqskVwMuTaeg8S6RzMTsMoeOo5CCQgvVbdS6W301SOkGZETkrV2IB"
    "1F2H4Ibynl8VOZ+csAWnpWuTenVV4M3Rggy20tHbQXvmwuOrqgnNa0xeih2NR8Xno9/OvP"
    "Q8NoLM/bBcrm+gQp6Zjsmgtp1YRkENjPNAwrrDgeC2ZavlTTJWY4jl6GJlCIOxRlYbX/Bv"
    "kcLn++V41fA3JRC+rDO1YQ69up2p3kKimrcxCe6sOG7IDbeSM40z4SW1ZeCWtQbEJlW9Mb"
    "+0p5WlGnZg2CUdV7HXxedVqmGdhoRM6OijaT75Wv/vuACWqmmmG1kYYy+pzjVeA6taL1v+"
    "AXgYocwgFF/3EoIM3vZacrsrFeyi7vCazI7wyDSCMyIzvAeR9NgCDe5U/aeB/3+2RnYg9e"
    "WROPyh++6qm6J3Hj+MJHRYBK/SwRmWBQyNjrEhJnM541SnP/61cxFt8rqM5S/f8JetkmCB"
    "HIdquVDXRAdNtgZ2+jNpIONgeQusoLM0BtIt/nMFHqG3IN84ZJ6HHJcIORYXo56gOjskN5"
    "kjKdPOBhcnQ4+bGGqsoWHYmBbdvhaTafIAn7it3ZSxud/km9xvshZ3fNACa69aDh3QKTn2"
    "oru7pRwc3QIHRzfr4Ih/Mwq0U2LsgX1TCuybArBvsmAnb4MlbUBJIW4G4tHAb2dgC+ZiBT"
    "Y28dBTyyAua2ZLrtsy4Xs8DLXyMNTK2QtUHViE+U9PXSCGHbXrlKyKsWBhQfSib1rhNZRo"
    "8U21uSo2++LW6Jslmh/lLfDqpgro96yhtQMrwbSEoAv0hyrY7mYDbPzvUJPHvxf9cMwzgM"
    "2IWdqCSnrkMWwN84yGo6bsLXPl0hZZJQizpzO/75aKwOoWRGB1MzrzATto2y5VsBtBlD3Q"
    "a7kVepvXCgQ6RkoZ0U01N3MxLpbCeo3l2od2kXl88nA7lITpTOrLczkoThl5OryXSaP5TB"
    "KHKaS9g0x5BpZNeQPPCLI3tWsgOQ7PYYIGV1TwMyF3wZqfbzOvK6z5iVQvk3ChyZ/WkQCD"
    "xlJO2s3Dk6solhbeGyjNXUkpbu5qGGMDi9gWJV2/UbJq02CuMVs13195OsL9WJ+sIp3cKB"
    "sVIykCC2rbDsFYFry5KjKRqYc2PLuyTfvoVYFl6oS747m3xqat7AuUAseLigLhoDmD6NaT"
    "ZmkaDpEp8+/zyTjX1uSQmTJXUHOE/xN0aLdYHyCBi8FIXFEylJlpdsyr5N0Dd3BLUssueZ"
    "j9+f+jPYFg"
)
