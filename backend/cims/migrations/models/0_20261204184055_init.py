"""Migration 0_20261204184055_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
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
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
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
    "mVbS1klscFVsT/aaKtahbb3VedKbo2shlcGba/5X4DV23iJM5jAKpxh1YuJNvtx3RuLsi+"
    "TbZ3aq9QR82wy6GIrKHOm13gsPIxv9bO9dfyYN5IXSv5f6X3D5FbCCjqJtgfa0NKazyZ08"
    "9IT2lrmGOh7BcsNZMz3CxlINB5D8HkXhCjGpC8YrvM1ls8p4BV6f6nh9qmQNqqk4xSWn9u"
    "oeWOmKVM2wbsbPoszAHq35ERe9jEHukocRW/a4YLDomGRSYk1euCfHiZaJoEOtCuJEM1F0"
    "4PseosFTSPYfvKjIYCelitYTU/ZQvD64OYJnPr/55Gz3XdlT2UXbBra9y4u/Sre5Krwx+5"
    "cANdn8opfmWKArvyhf9KIMjb1LijzNdycdJLg3qXJvkrc8lfwYM/KQJKUYVN6qD0fwIct1"
    "3h3DOt+HxwLcNQTX6DgG0NkSsv8LAmziQgzCXL2dbG+Zj+oj1Imlpu90U82nZorLpbBeY8"
    "EWol10F5k83A4lYTqT+vJcDjby6CLvvUyayWaSOMwaJVdUSYKRAINzucxUzp/J2YlskhNi"
    "8snFIgF+HSTYdNdesCKVnhcTaYaihz+PGUUPG9x26LKFbW463EHaegkE6bNLJjRtERTt36"
    "fVTDilVgKvkUBVI+G8aPozQ+lPg3qPFlLo6qRwIE2l8cB3lvrySwPPygGObMdrb9WUwHbO"
    "Lc+55d/Yw8ZYnjd3YXAXBndhkAYJH3xki1qYmT8xwMJE/ylBaOD5JQaxHlvpCiUn51N7fC"
    "Iccv09caSOenviA1Wrr4e7cy7pzslff+X077h8k3W+jjidziZfJVwsa2+ZzwDnlQ4e+hLO"
    "Kl25GvCUcT+EC/0mHMPVDGU8+LqnXPqzovzGf/TGf/H8xBZBWkuCYnD1pbxtJqWYAL7u22"
    "YI2QnF5xOSDCZYM3zdtAH6rWjo/LOAiq+AIMpCBnbd6ywJ2ynrjdwDLxXf5DhqA4CVrfgj"
    "R7jMFqWdpEUvmHsSPWlt8skhCpGyzlxarhqTWusvixmDGo3JhzQs2TEJLTpljW+E4NRWDU"
    "tZE1xmSpYxwp0XGxzaNUk2opjNs8A6FG/FzUJtWulXBWahyBpsmFQ+wKRYNdeyBtXxLkUd"
    "X8AcnyWOZ54dUh4P5K/ywCtij7qGz3DlFbLvT2bTyQxpbj1BM629aQXZS29vcVujT1W8Py"
    "hmfkKoyQNy8syvgdN/re6g/kqPdVKMvTvp+1Jgvy8A+30W7A18BgY11kkpDnUpqPH/Feyt"
    "pEoUSEqxB3UtW4gH2hOgsh3HZeraqt9OR/m5FMw/F8D8M2HzwKGjOcbD44rKQfqCQXqugc"
    "lpjQ6lvjISPdYGFXM23En+X2vg//0wxuy3454Q7/vN9ZVHaDlbJcz+ztoZyYsgKfVXzik3"
    "vLASlZwDU7SLJMQuGulLOambkaIBA1RP3ERi4g0+G7GZRh5I44Ui+6TWcOXbczDny3yOrj"
    "wLTPti2+jG4yyN+y/KSOyLE2UqzUYyerV9UnaqpprKHlg7iFosRPmbOI7eOyp8UY3o7XzS"
    "l8WhEpI0TQZot7JNDaq6ElI1mSvMTrO4x3wzpmdcOWUqlPGSdPO9JN2MlwQNJxryRzqPVE"
    "KowbPg1AV3c1MG5pubfJzxuxygFe83ngT3QbQm0N9OXare/2dqmruPQhXLYp2UYm9u13LR"
    "Aru9br7S7SFxGfZgruWShQPkqCd0Qog9oG/K4HyTD/NNBuWdakEHHdznJURle2n+nWsujz"
    "/je5aN4Mf3rJE4m8k4LQr9GAviGiAD+etk1vcypeCzaWn42Td5MPmGH73AlfmCn8ylqTjz"
    "a4zYYK9afo2RZt7afF5AxWMPpFlWaTn2VlYtWlAcNnpFiCzNdaGjupBHd0l3OgcC7M3rm/"
    "dlLtSoVf6Z8T5zqfbwop/QKTE+k4/OZHW1Qrd5wrGcHxgeE2FhNl86MJzn3mfndcW596ph"
    "uCreBzST5BYsyi1JS56dWtKe2X5iZgkO7yJR1BShHIlweI/Bq0OfkAqSil0VYJyS40AfA7"
    "qNhB2Wae+B5tBeTKezyXwq9RdefQOvB1wCcyF7eYSaA3Ea4WAyG4m4qu3KtHYqLmmbLGDZ"
    "jOvm06t2pmEh2UMb2Va+oil959kVnoEF155hQfplKs+8oqQex7ZXbvTvaMT9cqP/QiPelB"
    "F01A0VHVfYnnNxFWumJ3Bx+WGuiuqgr/XoOpTVFUnCzRgkpphxrYAvwt7CveJHwFP5CfLk"
    "WbjK1Z4CZ7qWdrKn/yB9wVMGjbDr63d00UJjL7LZl14a8sj38MOd798XpzJmHIDNOEI439"
    "RfMAHY3a9OHPSkJB/0hgw6IR01+PatKzL8vq6RrZgNV7W0LTwtlzslypO4m7NqsnulX9qN"
    "LpE4IcN5+Y7z8vmAZRGmZuW7jTpqGcBlE4ITU4uakS+2fWma6RLp0UOSvbsvx+n1RL8Xhv"
    "BO7vE6sM6GCPfBKkBRxe0zQWKxOjkZKAU8g+rgkp5PJD9oB2ZeFe6zsUqV/WYSqnT5tXNB"
    "q4Bfow24RQY9xXQJajwVZAHPQbwl25CRUlk5YlnE0GOAOVAwaOchJh96YhUs7FJEXbkVbG"
    "JfXrVB0BOraEU1XNQKZtcs0RmrkNlg49Ep7QDOYsKenDNhm/sdjqL+mEXOtZ7BK9r2n6FT"
    "xXybe/3JUXeM42YBe4910UpQmwWdsYoZemPYlZyZi0NPLIGVJdoroICL0esA1XGtojlIUV"
    "sh0N/uYn220k5dPBWfVd0l+K1Px+tr2CEjYJ1IMBhNmwKiwfjUOk44qMRnN2cebJVz4ErI"
    "Zx5U0fV8TXay5cVIBwJncpg09DQoSWKClh/FZAxan+StathOVbWr1wEG2lWUnWk4W5p6sh"
    "k5Di6hqiy0bEcx9wgEpLYQTEr5y5wg+lcmLdpb5srVHFvZBmCVnKYZuct5rN+1ZJJu0Ymy"
    "AnvTJpXbKSRyT0lyHncKHneMHV69Z0CfFuf4U+IfUkapFm0JA4I0R58Sfd1USU6WY7CHYh"
    "xvSrx3puVsiHrzUczjohx3StxfgKo7hPivo6gfBDnmlJhDw3atMJqOEvaELEeeAvlAF1Ee"
    "VZ2M/R3avHMUdYJsCvs1Fm6bsl50y5k83A4lYTqT+vJcDjLCovBg72US8JkkDlOI+1vESY"
    "BnRTneR/EOdL5T8M6KcryP4n2EsKMA7mOEHWXRbpHVpAK8fbjQJD29Skuqi+az8aX58pbG"
    "cPKtJ+jmi/cvaaaM5MEA8/WhR8BSdnC18lj7gqfh3w/Taaytu9/H2t7Ln+97whZuPHXu7T"
    "MjLaBh2iBlpb7SGH3TYtzmm1WCdNV2lJiL/4QcqpwueC5Vk3Op1hZAmBL5u3LXU0KGW6bT"
    "S2lnGsBRLQKiBQd/XIhrWMdvEOg3oYlOeRCkpC43da8/3LRk8q7gxicmRloT5VU4Lcmn8d"
    "FpHKQO0oOdFuRYH78Eb9HlCuhIuSVwsBYQASXFOAVQQrOphKepIGMxdytPCnElJL2PY3zc"
    "E1lkkqLsMYqwpL8HSePKTrWeCF4DuMmPLktJMrOG/rPbvb7+2H13/eHTzc8fP958ehctpu"
    "yrolV1K3/GCysxtoRQtNiNl34USNJ8JE4biSjomCrkNyVVDfitD/7NMIPkM1hk8x6yQ5Id"
    "jzBIvySLSLzOfasGoyyLSGoaJnhE+uK8Lw6kFI1INtfkhJD/KEeiIOQ/nkdRIuTfijfnIf"
    "9tWvVXQn7If1jH/hTvSijb5JLrnfl08jDH9Y32pmsDXAlyJo29OpAWwITR9/j1/WQ4UEYS"
    "Di3oCVvccGsiOPzU1aXx+UGciePFBL3cuCo62x0TPZVG0+HkVywRljXDtZLQZdZruIIW0L"
    "x2c3ST8j4BN/Xu9rhz3PpWGkt3sldFcvJtjF8/ItDW0Kshab4Yp9WLvC5T6uQ6v9LJNYl1"
    "3HKoo8aTUn/lgPGQwfORrp5GQqrJi6z8bpZ0JXY/lfEldj/lOxPxuzbzrF4W/XZybpYhWs"
    "VFzk8Z87gcd2k22STijxTdDhqXYY86vJbt0+f/prtrJ2Q4CyfJmqRa6L5Dh2pChqN6nNs0"
    "j/iemtv0HKtEM3b8o3aJxJLNYTfNTmCObRlsEwuXmjmWim/kRPOQT4xRYBuKmDNKGIYi2g"
    "5uFWrVTnpVYBXiRBAn3fPDkFRbM0mRH/OdqutH41kjYZbO/Ovuxw/RJMV/FM3P+UgcDgkE"
    "BmGA4mn4EsQ5wuQYx9MAzkpzfFP7w3pHc30NmjNo+aunlO4OKV4krtzjmTkHyUuG3LU3NU"
    "eHa+9YV3I42woQz4pyyMtA7sC8EnrHHXWhbJN3ks50KC7k8cOoJ+yxpxn9qKXxeTIc9ISN"
    "qa+WxlwefvU8aFB/9pxns8n4H1JPeLRM4w9wiqOs+lSmlQVxLafsOOVHosZEeBRqwhhdRR"
    "Sqd3FVcity5Z+9GcEmr50TT+Hqa0+2LT61KQdE67wxPCiPB+U1bjAaGpQne/Vo/24+dggW"
    "18PLqyJrq1/TVvlX0O6YpRUPubCyXgXLNQTTEnC9AegI5lpQhTXUwX8J0LEFC+BOBRyNZA"
    "s71X4CK8HTym3BNPTXn9I6VXW9cntvs+y9wHCgQ+laDyUuSKoQ3+IuYKSoPI4OLxLF+4MC"
    "6YQQg1po9+amBM6oVS7Q3jsC0vZW7d58oMb6IFYX2hfdOmpW+dF5oKDzIItyIbdZTOqCrG"
    "Zvo9xXSGqGVDfHJZgXypmBDtJN3kY6s4fxWB5/7mE1w0CYL43+vdT/Ig16grYFGtIn0JPJ"
    "aCQvFt4zTwtx8NOZdPcwx88ssHZt/OROlIf4wVpFK3vVDCORY+KEest8oaI4Twgxk0tWXW"
    "ZsELxLCWtajAObBhZ8h7aDPpAW2YwchzYN7d4y0a/cKVFp55LQZuQ4tBnCE3evQw39eGpw"
    "CZIc3owj27vj07g5DhLcy1G5l4PnF/H8oiagz25+0Roa0N6eNOwpUZ5l1GS/loNTefHhT5"
    "eqkZTiTKRHczVCxLIgU2cU+B6URazDdiFdOq0gOckSXiv0HYTxw3BYlFiQLGZtrc4tke7B"
    "PvO6auFZlYc6Xb3XkzyBAWa5zsADpkf9gdah6VGX4GILBD/tB5vHgAXQqvJ8d4bg9wZWAr"
    "qrC85WdYStaguGKcgD9BMwBwJuiJ175ouRdQtW1vPSWBoi6uNHX0xAR+fKRmIAi//Nxn9v"
    "gLVHn4v6QZ+DPmEl6EB9Bn6r0D8kqLppgDo8jUWkT4w5Gy9C85TvkoyNNZ0HJyFWza3mbY"
    "ej7pitMBrCMKluj0kxBq+P3Xdl/JLv8t2S79JQ/8t8pFMsDwIspVLUpVQG0TGV6JNBRE7L"
    "AC6rSx7mVaPyU1OqfK6GFFf2j+pI8avGcS1JFGykTqwEfw0KO9Q9ArznxTchnUNdIe3ix/"
    "8RvB90hVqtgGe6tK+EYDDRv0yvNzurKFXdOQ+jalYYFW1oT7VRPQ3SUt6/K3N2olb5ltd3"
    "mdOTB6ldJEjNh48qhyUmwr071Xt30DmgeOcA3ZjEpfiwVD4s4ZFMMyhxGT4klQ9JoBvRjE"
    "hMhA9I9VsXd0xzx3QD0GfXMe3uVyeOelKSj3pTRp3gp44cUyXTBBMmsUr8fOXMYS3xrNbr"
    "4zMcYPmlPzokA1bs9VWh9SrVsE5ytd8yKZGa5lpWtDmgh79zN1kj3WRBITOyenU8JSQm3m"
    "Q9q3M7E8f9e0z2gSvkLY3pPdpYe8IefWOwNCbjoYz/NA0d4r9Hk1vZq4ZsPkJc8XguDe9Q"
    "17Ovch9XAgD6WrGB9Qw1gFn8RXmIKfxVqC+NbxLSrxY94QUgZJylMZQWC0w6ogPHOY2Nvw"
    "aSEa+yQC6fxfFBT3TQ6GGXx7eTh/GgJ0Dj0XSNFRrqh0XwyHQd79kpg1JG/c5XvjOq9961"
    "0AFPZfqNiTR5BJpk/7Xd3Y5YgHcBvucxUx9EmEC5SIWVflkU398jDXY4GX8Om6cv9Zl8wz"
    "WBBzR/WkcCNdGtsxR4kVKyaO5uKVEGL2/tvaxl7+h5xOQls3Yj6Qs6sdD1xlV1SjNkZySO"
    "H0SkTPnSS0MeTSczpE35nvilIU7lnqDuYTP0KD94kto6mRJj4lypPcaM2yYZs1KVsU2GtW"
    "ipYk2SQjyVIpt8GVSJp0I1IcNBbXSVWcaQ3VvmytUod4GkEJ+wR2Nf89n/eIkWOgZAcgEc"
    "fwOtAN3bqKN2zd+y0CZOmhLABud9BciKh57YhDapGpXANthFK8B2euiJTWyTBw51VHzcSm"
    "k9g1cFGs/QUXPCkWj8r3OvPznqjp0hSBl3PdjQ5WOP2oFKQJsFnTEEWZ2e6y+v2sDU3B3w"
    "Pi7juY6/viryXD+9asoq3vKiruuA5I7OX/1XcVbXlvlgASo3QdCcubyH6qPx0Tfw8SGiW8"
    "LXG5NvsqkSn7LyQBovFNnjb7ThCniqztKYivO5b0feq7btW5LvvygjsS9OlKk0G8no1fZJ"
    "2amaaip7YO0garEQ5W/iOHrvqPBFNaK3d5OZJH8eK9Gnhu3WvmakRN8glLh9mMtjaT5Xhn"
    "JfGuM4gkfXhgawbUWHuHIbjkNY3ONgAdPbqxoxffwce5qleZBo8nQ5cX3WwjXsI6Z4P5Ae"
    "6YMcZxs+7kiAtu1iUknvIkSKBciHmyDK4gwvM7/zZzcJb4D0SkKsUX4x0ITQmQVBm6mYk9"
    "Al1AMF3/cQHSSU8CWlasfvDSp0lISvfWzXnT0wVhgASuVnKo0HHuV1IL80vkoz+U7G1NXP"
    "wILo93v01gt55tNbO2iGNITOOvx+lG70lFhN8UKsJflEqNF70lOinIewySFDwQqnDk2JS/"
    "ElVWpJhaDRr6ikJF9QbVhQFlBtukqQWUn2Fla3VLx2tyBeu5uN1+bJvzz5twnosxtgl1vX"
    "NtefkV/QtsZgpfd1jSyPAWswsjxY6aLBSm/D2DcRXWfb12GOzzj++qrIZ2yifW6raIeWdf"
    "qMuWv4kq5hf1CJe2qBFhgXYs5NXL1f5G2ZB9/6tLpA7ilAerKjbFWbEANakA6ZFGPv4lj9"
    "TEZXbS89XXEtSMXklRFsBp8X/jxm+Lzwe0U3N6aLaw+cOFCFnfBBq3zQNpaKjlL/gyiGKS"
    "XGB6bygbE1My+wK+c4CQUu6NGsC+wLBOZYpk435SMBPtkrn+yYyuqZMNsLy4QfhC5YJTy8"
    "F7S2Sjg3BufvOuwag3lacP2GS54FGM6gCrIA38ZiGWayEayVsSS3fEtlLKeOGylbta6vio"
    "yUaKCp7JNBe+ZMkzWkIHDTZK2mSfx/BVCFtMREOMrlUNYQGhszL+OgBNFqTL7JmHcG0nQy"
    "x5lQK4AUVC+TCummSvQYK/5K9K4/kwbyQumLs0FP0LA1z1E0dEYvjeFEHPcE3VQNzMc6W3"
    "wWP3uMrJazQQczZloVh4t7zLSq6s52acjj+QMmeZUw2aftWhGKbx7g7FHtGRpdFFNM5oLG"
    "mv7418vYa67LnBL5h0QaYm4cqNU4kLnRlCEyCNgmzszEL0/K0bRDpRRtgWbi4oLwbJj6YT"
    "/sXAmTeWQHNvtz6xEkefEZxAoTTO52wFhVQR8yS3TG0jKs2UjwDFfAmgPbzinkkG5ydcRo"
    "4DVW7FjrErVIHy3zxQbW32zBhhvjR2gIquNVOge7R7BagZUQ9iz8gIuoa6b5BIGwNfWgbv"
    "oTeP0PUh3S6jrmloxmWTLQwFCHqcRlmLNoVB+igq54Gzq/bSjQ5Jvfqbftyu9bXiho6F9K"
    "nXwFdWUSYixFYV+kwkwM/h0hLjvfZx405x7zyj3mQS44OlqdveJHEtJsOjni7MUg1hI7Ep"
    "Iw0PvQk5KX8aE3hMOhSS7zEKRCnzmPlMhfY+xGSnhFaugCJeIiLOkWdQVK5BQOoo6TmON+"
    "RiCkJGsZyGWjJeKzKxEs0RfnfXEgvVWsRMp4RLCCZM1L+UYQK9u2+cygvJJltfeMAgpR1X"
    "jK4j/fqbqeOwKhDEtb8nX344cIePxHEdTzkTgcZu9wtoY2WsL2q5tq3gEXSqSgXGORFoJZ"
    "gNlg8nA7lITpTOrLczm4uEX6ifcy6USbSeIwk6WEyUAowy4SQgyagq5LBV5cFwReXGcDLw"
    "LQ/qAyaCaEONLlkG4h3Z65XoOQCI8ixmVydyd5RHqB/NIQ+31pusCPVE0Dewc/G0h9XFZ4"
    "gENhNFxYuCGEe55qpeRyf+SviowggyuD167jNoIqbARoycPVSaOelOSscI22/3HGH8aqvr"
    "GIK2dSugCTUmRqe+sCWm0F98wKWvXaMdfo0NguzCeQY8WMvb8qtmF6LRUnaspzwNq0lV4V"
    "GCC9MaWOnUpK8eipo/eptbqDOlUyxUGCvRIp12XMA9f55oHrbLpKQ/jW3lrxqjsIkJO31B"
    "qAw6MAeRQgjwLEFIJexoDyBKjOzJRYTVF/LOklPOLvr2Dx83VJ5fTBJnbAoG2fpUF37ZMs"
    "+TExbsZv8vha4Bndwk8r4ROX5KPc5FHmjth83YhdRywP1ubB2o3yczQ2WNvUwRxorgWd1w"
    "7JyRF/f1Xo5EAtccbYoenRVPV5kEVuuTqwBdUQ1NUOGhCLOaYl2MCxhT2wBNx1Nh+dWvoM"
    "1wnug+YiHbZnzrJfFdNbkUPF2SsW+LcbFqtNmfGKyH0yshfk+ImetIrkJ3Hh2a9OVJWSkl"
    "xVaoqqRNCQIxaUktROdR4+c7DZ5dSACl8VHjl2rFGlHvXfslGvmu7aDnr7O/e2vyVPCfpZ"
    "5HP4eKx5KNtkR2Vn9jCUep5KszSGkjjzIsnRgWc1JpCcM7NyZtb2oxz/ZhRIp8TYo8W4KQ"
    "X2TQHYN4RsLJd0eyqoqOISb090juGGwXxpD/Ab5/s0DP3a030C7bC8xheT4CU0iJkAa0i3"
    "a8REmhFRgj+WnYgS+AdhNPKt6UHzy1nS37VkZnPW6osZtEIP3iMdC3tCikGFmme7csthFU"
    "5Wbi9mbdQrsBfHbiCeT9fewv2ZbOSBLXgU9dfCCZHnJ66VkDwLXL6lPYnuUZu7sku2L0FL"
    "HuZRYvpwR30VMH24EHTXE8w9MISXLVLghX/+0zUcqP/znwK0vZ9E4iI/s7cyTGDhT/WN81"
    "4vHdQoQxEWvKHyBHCGMPzuEgxhNgycATQHVCTE4NnU3rOIoIJ4S49W+wiFeORmk8eW02zU"
    "ZYJIHmxlLToJIY5riQjJQ3jCuTGSh55aBnHp+MjE7DrOscEpTGjQLUVh8kYxQLHwX9LtJB"
    "kdXHAv8QJsd4eWnGKjTdtooQbvPv4LkPh0ChJZDyLsheBWTv7g2sCiDeuJyzAHcfUW8hW0"
    "97r6qtDCnJZj0B1RS3zPXrXtFxMdTrTMPBlBBhGvhXoDpzwQDL0FUT6hQDO89UzxP3An88"
    "WczGsV6mCl6OYGksqu5mp/GTkeKpGGVjc1nGZ9kpEvLcttfU229Z1YrY5XqTvlpPZQ01Xb"
    "UWwH7Ol8U1lZhqIXL8yW5cHo7f8nhFBkhPkG1+QNjkdI5S++dsbK8Aipv+Ko50VIxUf90V"
    "INbUvnXUvIMHSk1uVb8/GqwPtzG3XULnzLun4SE4uaXz12gCG4zozjE1301IJ/eM366FkL"
    "t63cOD4C++aZcE0t8xmugDX3e2MVrAQ5/pmQpSn5WcGrVgesaz2DV9l4hk5uwdZMm6tCV6"
    "zXWoHJ5iUiRG0Ejg5+dG0g6NB4+i/BRPqBoArYFC+YawE6tuBNExzK+QT2Dikw9LROuM+3"
    "WT5f5oke+nNx0RM0W3WWxng6R334YfK0FqJPJexDn3KtQ5+ytiFezuKCCVM8M41npnHz2v"
    "nmtXbRsPNhPnGYOSU32+Ormbu9jn8ZZcx/Sozbzwi58DyboiZkUb8A32xx4RTqVL+MLENz"
    "9wLu1AILMc8Q6FCYiYsyBA6G4pxpXwHEcrK3ds33siBnV3sJnKPDrYqJHO+LTYzTukC9JW"
    "XjZmx7j74bKeYyEJ0YYGGi/5QgPPAMqLNYj2yM1Z8nmaYjHHIN03Gkjpql4wNVwihtCKph"
    "vwDrSniBzlZ42aqOAB1sO1YfTdcRNHMPwQrTD6xNS7DA3rQchI3w+CpsLNPdE0zUlXRZhs"
    "Agtan7nxpdhdBDOs4CbtTmRu1WGrVtDR2UWeDnO1XX8/OdQyGWLj3X3Y8folmN/yia0POR"
    "OBwSbpLmjpzWvADf8y/ooQgLMbpFJhfpl0XC2pLJ5ogsLsPJ+HPYPJ3ikUJ8qxoGIITAl9"
    "s6YuKN3j1uZ+K4f98T/JCVpTG9n4ylnrBH3xgsjckYzUX0p2noEP89mtzKmCt9Zz5CzJY+"
    "l4Z3qOvZV7mPntpAXys2sJ6hht5JI1Ee9gSwU6G+NL5JaEDQPvUCEDIO5llfLKQZpll3Ak"
    "bWt2dZz6muVJDxGgqwsMDq9gqlNCEaW3JKlNdtbbI9mUdi1mFJ5kZ6bqRvG7LcSN+MnKdD"
    "UCDdHM/IVTPLW29u4A4Q7gBpD8jcAXKBiVzOAZJVkyuAlyfT0HmWSOdidhhCx1HJQSAF67"
    "fqXCy/m6R0gjIjclauxAKouw7BDeU9vypyPjlhC05L1yb16qrAm6MFGWylo7eD9syFx1dV"
    "E5rXmLwUOxqPis9Hv5156XlsBJn7Yblc30CFPDMdk0FtO7GMghoY54GEdYcDwW3LVsubZK"
    "zGEMvRxcoQBmONrDa+4N8ihc/3y/Gq4W9KIHxZZ2rDHHp1O1O9hUQ1b2MS3Flx3JAbbiVn"
    "GmfCS2rLwC1rDYhNqnpjfmlPK0s17MCwSzquYq+Lz6tUwzoNCZnQ0UfTfPK1/t9xASxV00"
    "w3sjDGXlKda7wGVrVetvwD8DBCmUEovu4lBBm87bXkdlcq2EXd4TWZHeGRaQRnRGZ4DyLp"
    "sQUa3Kn6TwP//2yN7EDqyyNx+EP33VU3Re88fhhJ6LAIXqWDMywLGBodY0NM5nLGqU5//G"
    "vnItrkdRnLX77hL1slwQI5DtVyoa6JDppsDez0Z9JAxsHyFlhBZ2kMpFv85wo8Qm9BvnHI"
    "PA85LhFyLC5GPUF1dkhuMkdSpp0NLk6GHjcx1FhDw7AxLbp9LSbT5AE+cVu7KWNzv8k3ud"
    "9kLe74oAXWXrUcOqBTcuxFd3dLOTi6BQ6ObtbBEf9mFGinxNgD+6YU2DcFYN9kwU7eBkva"
    "gJJC3AzEo4HfzsAWzMUKbGzioaeWQVzWzJZct2XC93gYauVhqJWzF6g6sAjzn566QAw7at"
    "cpWRVjwcKC6EXftMJrKNHim2pzVWz2xa3RN0s0P8pb4NVNFdDvWUNrB1aCaQlBF+gPVbDd"
    "zQbY+N+hJo9/L/rhmGcAmxGztAWV9Mhj2BrmGQ1HTdlb5sqlLbJKEGZPZ37fLRWB1S2IwO"
    "pmdOYDdtC2XapgN4Ioe6DXciv0Nq8VCHSMlDKim2pu5mJcLIX1Gsu1D+0i8/jk4XYoCdOZ"
    "1JfnclCcMvJ0eC+TRvOZJA5TSHsHmfIMLJvyBp4RZG9q10ByHJ7DBA2uqOBnQu6CNT/fZl"
    "5XWPMTqV4m4UKTP60jAQaNpZy0m4cnV1EsLbw3UJq7klLc3NUwxgYWsS1Kun6jZNWmwVxj"
    "tmq+v/J0hPuxPllFOrlRNipGUgQW1LYdgrEseHNVZCJTD214dmWb9tGrAsvUCXfHc2+NTV"
    "vZFygFjhcVBcJBcwbRrSfN0jQcIlPm3+eTca6tySEzZa6g5gj/J+jQbrE+QAIXg5G4omQo"
    "M9PsmFfJuwfu4Jakll3yMPvz/wFaWAIe"
)
