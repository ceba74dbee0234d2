"""Migration 0_20261204214619_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "erased_at" TIMESTAMP,
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
CREATE TABLE IF NOT EXISTS "erasure_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ground" VARCHAR(32) NOT NULL /* WITHDRAWN_CONSENT: withdrawn_consent
NO_LONGER_NEEDED: no_longer_needed
OBJECTION: objection
UNLAWFUL_PROCESSING: unlawful_processing
LEGAL_OBLIGATION: legal_obligation */,
    "reference" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
APPROVED: approved
REJECTED: rejected
WITHDRAWN: withdrawn */,
    "pending_customer_id" INT UNIQUE,
    "requested_by" VARCHAR(128) NOT NULL,
    "requested_at" TIMESTAMP NOT NULL,
    "decided_by" VARCHAR(128),
    "decided_at" TIMESTAMP,
    "decision_reason" TEXT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_erasure_req_status_f66848" ON "erasure_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_erasure_req_request_aef0e1" ON "erasure_request" ("requested_at");
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
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSON NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
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
    "version" INT NOT NULL,
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
RECATEGORISED: recategorised
COMMENT: comment */,
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
    "erased_at" TIMESTAMPTZ,
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
CREATE TABLE IF NOT EXISTS "erasure_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ground" VARCHAR(32) NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "pending_customer_id" INT UNIQUE,
    "requested_by" VARCHAR(128) NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "decided_by" VARCHAR(128),
    "decided_at" TIMESTAMPTZ,
    "decision_reason" TEXT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_erasure_req_status_f66848" ON "erasure_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_erasure_req_request_aef0e1" ON "erasure_request" ("requested_at");
COMMENT ON COLUMN "erasure_request"."ground" IS 'WITHDRAWN_CONSENT: withdrawn_consent
NO_LONGER_NEEDED: no_longer_needed
OBJECTION: objection
UNLAWFUL_PROCESSING: unlawful_processing
LEGAL_OBLIGATION: legal_obligation';
COMMENT ON COLUMN "erasure_request"."status" IS 'PENDING: pending
APPROVED: approved
REJECTED: rejected
WITHDRAWN: withdrawn';
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
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSONB NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
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
    "version" INT NOT NULL,
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
RECATEGORISED: recategorised
COMMENT: comment';
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
    "eJztfWtz4kiW9l9R8GV7I9wdVbhdVet9YyNkkKs0xS0AV3VPM6GRRQI5FhKji93u3f7vb6"
    "Zu6JISSiFhKTu/VBmUJ4Hn5OXcz//29uYa6PZPoqaZruH0boX/7RnqHqA/0o+uhJ56OBwf"
    "4Dcc9VH3xqqxQY+2Y6kanmuj6jZAb62BrVnw4EDTQO8arq7jN00NDYTG9viWa8B/u0BxzC"
    "1wdsBCD377B3obGmvwO7DDl4cnZQOBvk58WbjGn+29rzivB+892XDuvYH40x4VzdTdvXEc"
    "fHh1dqYRjYb+198CA1iqA/D0juXir4+/XfBDw1/kf9PjEP8rxmjWYKO6uhP7uY/K8b2eok"
    "ymS2UhLRWlRwGQZhoYXPRVbe/Xb/FX+LH//uePP3+6/vDzJzTE+5rROx//9D/6CIxP6MEz"
    "Wfb+9J6rjuqP8DA+gmq4+0fEhgywg51qkZE9UqTQRV87jW6IZXvh3au/Kzowts4Ovbz+uQ"
    "DLb+J88EWc/3D983/iDzTRBvA3xiR40vceYbiP8GquZQFDe6UBOE5TD8ThG0eMj9s2AnQw"
    "+bV3GZTLgJyPcRriR1VXDQ1kER6bBnglQxyjSSG8Bhrcq/pPQ///ptB+1xDSBdAOpYE8Fk"
    "c/9N9d9T107X/r0PHRfRhLc3kQPEqtYAusoaPocA8dKozThGcDHZwLVDg3eHTUD7V5QACs"
    "FfQ1MjgPESxkmBNEaYwRlQP34Cf8R1NL+Y0gFpdSeqXqpk0NX4LoTPg6tECz6NmO6rg2+Z"
    "6S0J3vwSejDwgPzgSMR+oL3lhIAoXPgPLS6omDpfxNuhV86pUxnM7H4mR5K6xNa68azsq4"
    "n0//Lk3QR1rmH8BYGYPRdCENbwV/rfQqXHnvP5S4895/yL308KO0YGE75h5YCpVUnKI6LR"
    "534JCoR0I+InuwzLWrOXTAJok4rgGuWJfbPBEVj3ApZkG+Ny0At8bXQLCInzkpYAP1dRCb"
    "qmMg/xkupPDd4zViqS+REpzeuAgD9MuBL1LMpcUSiRQIb8IyrgHe2XEmRtFN7t4ccPFafl"
    "S1pxfVWit5i9rcH3T/4zO43wW091/nQFe9n5K/osN5Oit1ZDBPLE70NsAGJDT3mUjJx5kY"
    "xQo9MexasFoeZ2JoM3sb0+ybsQ2Z2KrZR/v+Pv2Oaqhb7yfhz8afFFpGdWCRTabeg6tCg2"
    "k0hJtLuyS0XBWYS20N3Z6EO1U31RxkI4oUuBtM0t1tSNQqpw93I0mYzaWBvJCnE/wp+1f7"
    "3/rxYdIYMpfEUUr6toBqEw+6vy2mEzLCMZK0Ag81R/g/QYd2Y0j3/t/GNbwjVXh0oe5Aw/"
    "4Jf97/NGVLLcAfQ+RhbgeYhwrkD2Pxl7RuiZTaOw8y03a2ljeLN8Fdx+wCmdPFs4jRGgWm"
    "M6zwY8qVIS0G4khcYo0fDVJ1/PVWxlBejOWFZwdYQ3sPbRu/O0CLUp6PPeuAaWygtW+Lgc"
    "ACzxC80Ll24jSV+NUy+SqJ8Ycy3p0P+d6dDxnvjo+X4h9AWaCX4PecSyFDyALaBegupV+W"
    "xSdTdE+MppPP4fD0cZXxTGBsFJWg5A4D022uayJGWWT1xX80dE41ue7R71tPDf21F+kTuZ"
    "yRx0jDFcezBHuwfRg/6Sev8ODdH9LnUDSJ8F1efhHwS+Hv04mUvl+iccu/Y2NFT3UdUzHM"
    "F0VdxyAK3w1hJB1rVbieIq2B7R3agC1ic4hJIZ8Dv0yFvR0n5DxuNY+5D6MhH0bMZkQE9w"
    "5uc/HN0tYDcRvsAv/V719ff+y/u/7w6ebnjx9vPr2LkM4+KoL8Tv6MUU9sHe7yoDnBanJ5"
    "5Fvls2ZB4v7IMmNqgKWJ/inJijOtqm+6LcryInsmlGHHeZZXdw0d6RnkRKwen14V2mDxOA"
    "VEA1tjiS06gRkzxl7g0L0qMNmamhdQWUWWTJGypyiyJE2ibW1SWbsigouZJi9m6nrf/1TG"
    "ntj/lG9QxM/+TANMvC8LESY7JBmAuH5rIrqjoEMVKX6kuFzUXecBJipEpzAma0J1mWlZWs"
    "X+RPgVlRMvRcYdebU78iyAwLDJcY1FLqE4FQtuiqY3gKZDdGZgyQUxI8dxmme6TFNyvE/j"
    "fbDAs7JT7R0N1AkifnmWgJkW4XrBbVGSYD3QZsyENIasOq0siDsW/MOLHByg93pEY0t60F"
    "WxzSU2HK2IYHxrTC9/FbtLY0FwmKXUJ26CiB8KZcUIOmktQcSvtVIhPGtoAc1RXAvSycVJ"
    "OgbBvnn3rgTaaFQu3N6zVDihZh4IAbT5QEcEF0wsbErlS+Lbv7kpgS8alYuv9yyJr2ESc+"
    "ELyjmYZO9W920bjeDrXWPaTtXxx1ABnaVk8MxoxPCcRE7ZIynQpLsW8yZgkANl8M9HP2v0"
    "R8K8Ejq3yrswE2QshehcxJkZg39PcGnlW1GD4dx6Wrv11Aa2jdXZJ0DloUmRcXteCQeCuo"
    "c6FchHCvbwvS6TGHKdnxhynUkMAb8fkOZiVwiHSFLyaIg2R0O41aKnXR473Q3+2o662dAF"
    "TsdJWBLJmqpQ4uGVxZc6VneB5xmDsGpix0AuGyIaX12J4NCBuBiIQ4kuVLc+D8edhbiz6x"
    "HcGsGTqyJfxuNxDPdfdGlfX53wX9CaD5j0WtSfdez9TwFtOJ5BQ8z7Uubz9wXm8/dZ8zn+"
    "XwFUQZgxEo5yOZQ1yjhMjd0ozJtyPqACFxChoGyH0rYvCz1bedsUMS7ZJLlzK6ixlyCX2E"
    "W8glp5rPyoiDNhmuIoqIE3E6Mw5ei7NCDRqbqdBMm1nsGrgg7GAxpHinGnwsubbR5MxhBk"
    "TWr0x+KYBKU+UTkzX6/XEsOaVO1/i9XAWqOhSHhBI37rqbYNtwbwmB6M8N53gLoPzCjxt1"
    "PZ0BbQAHz2ZaF/cOvBRa0HO9UwgE7WD05XRIuRt1ld6N3Nxcngy63gW8BWxuwLEgxvhQP6"
    "xmBlTCcjGb80DR3i1+PpnTxCr/fmI9TR64U0ukdTz7/JA/SuDfSNYgPrGWromTQW5dGtAP"
    "Yq1FfGdwkpCstb4QUgZJyVMZKWS2l+K+jAcfxb5O2tGjZ4BlauTliiCl6MvtVMH02/I+TN"
    "F8RQaSg/jBFDwRq6+5XxRf6MFsMObtFSGMzlpTwQEQ8RrQM1v3vHGweqxH9Jhk35ldhSZG"
    "3mTi1+riYKsbW9RCQhXCW8P3uUG2QuDST5Gy73GM6wMsTB18n0+0gafsbvIxEH6cA6WG/x"
    "M3nyDWnO8mdxKU8+3wrQeAa2A7dILDS2eZUm59JiOgo+wzZ17zOSLSjwGFyx0h/jd4Bpx0"
    "kZl2rKWs/iNOwFcDQRsn6U/TIwnyqBlyBl0ITWEZNZKR9//CipwGwCOY/paDO/w+O+0sZO"
    "kHI+t5nPvLYl+zyO5LkqcZYpWs7pNnM6FMArndoJUs7nNvMZiVNKYMClF8RilFzobjWbA0"
    "mqIquz1JzdrWZ3NTbXyl5+Zjd3ZjuKBe2nKmd2gpJzuc1cfrSAqu0qSWApUs7nNvPZdB3N"
    "zIsvPu1oiJG32MzcGyP0luL8V2UujWTpHvtUDeCoFg460SHYrIzJdKJkRhno92RGSr/MRu"
    "JEXMrTya0Afj/oquFFpOA5YpTB+CouhH4Z83Y/37zdz5q3TdNRNNW1CYwu6KiUoGoxf1vr"
    "xbOAV3ZQUfemaxAO0jFaXK95Um+aNH2QAg3uVf2nof8/U8wYSgN5LI5+6L+76nvYH/sbTh"
    "7G0lweBI/IcHsVxg2NKt6cRHtB5+lg8muvIZxTyc9lcp/zU5+zkGNzC8KRuL5zA6PSZJfL"
    "nXzXFMo1t5uxTdfKqzpUIgAgor7gGt6rhhvErdDczeLkAce9+NQrQx7PpvPlrQD3B9NyVo"
    "Y4k28F9QCr3KT1O+PRZQksQ9XR9U6I6y0oeZ2iq+U2bVHa23W/zLnSzz9YMod5mJnySJc2"
    "lKBiIvSo8aqIPHnoL5I8lChmcVhX5HqSknO9LVwn6PuZVItnYNnEaM5cSS1GcTkh7X1HhD"
    "RV8yRYupohSaJKoLZMk6sbVg398q1pkduK5DexTFLxciwkZHl70IaQPVjm2tUoj4IkET8K"
    "CF1Xj6lbJTGNUXBAef/UUiCXLchUrn8q6SqrA98wv3IQm5NVoJN3eQmgg6O0Bpxnx5m6dV"
    "SUBTd565TANpBYa8BWPM7EJrZJ4b4Etvi6qgHYZTANm6jG7nTqntUx2+3z+SUrokM4apTM"
    "yAlMqsgAjWfoqDXUQ/FrMsjRdOysVF7I4jzI0BTqFqBBFu78cv5KW3rzDaLpWNqhFykAEg"
    "mXRYVA4hJoiYIgSlwKPlkZpCcKzov5o46Oa11w1N9Nw9y/XgmB1CI4O2AI0LbxWjcNIFjm"
    "i3AAlnBQofVT2kl47lyEWiS/xUVNj9avFsJLj75R8ZBcyb+oVWVEwqCL8H2/VP3GfkH9xn"
    "6mxKC/0ikwjggYRLhfqkJmv6BCZj9bIdO04BbmlCEtEYkZUV8w4uNRNZ56dIj3Bvezu1tB"
    "2xweV8adOPl6K0SzvHFbHiQwPJN68pimDlQjz5kTEqVgf0RUTeEent6XDcq7m05HCTfnnZ"
    "wOgXwY30noZEmF7BHcEDzkgDHnc731SkPBsS5lvYPrgGtPXdSefKtQkeoU2Y3K6E0gGnxS"
    "aZoi9QXXwdsCARqCKkST/Ict7KDtIO3rVnjZmVfoH2Dgf1VHUI01+uM1qzadPVuZIo7H3+"
    "mrOmEZx5SXxT/q0d90RRmLWukxplpdpIFevgL2hH58VbE1pG2zktC7l0e4LNgG6rhO2HIu"
    "Thayn/+DeGHY0E//ERcL+fNkLE2Wt4Jff2uPdi+uKzZAl+/n6VxeBEXOfGsI9KqODaZjnw"
    "Tthn2w298+zHljmXvlvBp0qSlanD7EK9CdWA1IpjtvLSQm4CuhuysBiSAmIVakoBBhSNDm"
    "A741ofhVcuoZ1YM7ovcSgq6zsfZIpbfpSugeKVp8WtbCyybSbn3NhXBb5Xd5jpG0o9Mz/l"
    "hmOj13JO2g9U4wgomMMpI7Rcax5UHybxh8HLfP1hUd20GYS0fFpnZvmfhjHt9de3x3vguj"
    "WRuzYQPDmQPNtJLWT+KAq2ILszdUsY5jm+3Xkz4cXQuJDN5a879C0HUHW39jz/xaHP6Otl"
    "QDLzfemOeysTVHZlSx+8TI26z/98bi/Kvkm3D2qvUEfPMN0h1FZYFEX++Bh5GNfrb3bDCX"
    "hvJSGXyRBl9xzxawho6i7YD2tDJm8+m9PPKIDpa5gTrmYDl2NlxTIdxFGXYWxjjEqC4Y5P"
    "A2+midQQ68qdXpplbJxlUzcYb7VB3UA7DSbazaYQCNX1cZxp5sFBInvYzN7pKXEVsmu4BZ"
    "dOVnUmRt3riVg0vLhN2hUQXBpZnQO/D7ASLmKSQTEd5UZLCTVEX7iSmTKd4fGYtFJChT3O"
    "sxKh68SHGvc/MQz03ntgsq24WnH4m2DWx7nxchlx5zVWjB8DUuNTn8okaMWCgyt0pc1CoB"
    "jYNLig3Od+8dKbh3r3bvnrc9lfwoQDJLklQMSsr1h4f4kOU6U09hne9TZQHuBoKddByl6e"
    "wI9RkKAp7iRAzCXL9R8mCZj+oj1InNwO91U80vnhWnS2G9wYQdRLtI8Zs+3I0kYTaXBvJC"
    "Dg7yyGriPUzqLnNJHGUtwGuqNM6IgMG1XGYp56/k7EI2ySlL+eXfIgKuDhIU7Y0XPEol58"
    "VI2iHo4c9jRtDD1k2cpIANnDrcQ9qOFgTqs5tatG0TFJ3f1bpaVOlmwbtYUHWxOC+74czU"
    "hmpQH9BGCv3KFN66mTQZ+p5pn35l4FU5xJkGeO+t25JowKv/8+r/b+zOZCwTn7swuAuDuz"
    "BITMIXH9miFtZOmBpgaaJ/SpSc8PwSw9iMnfQ7k8snUHt8Ihxy/T1xpE56e+KMatTXw905"
    "l3Tn5O+/cvJ3nL7NMl9PnM3m028Sbmd2sMxngPN8hw8DCWf5rl0NeMK4Hy+HfhMOmGuHMB"
    "583SpKf5aUa/wnNf6L54t2CNJGEkYD1ZdS20xSMQF809pmCBm9tpmkZDDhnWF10wbotyLW"
    "+XcBVf0IAikLGfFN77MkbFX2G3mGGvZdyzjRkW1WKmjdAGBtKz7nCMpsUSxwmvSCAcHRO5"
    "2NCD5GIVJ2AkzT1WNS67yymDGo0Zh8SGzJ8iS06JQ1vhGCUzvFlrImuMySLGOEOy82OLRr"
    "kmxEMZtngXUoPoqbhbq0068KzEKRNdgwqXyASbJ61LIWdVovVdy/oLZ/trQ/8/U75clQ/i"
    "YPH8QRLtG3hs9w7ao6rr05n03nSHLD1Tetg2kFqWJvb3HboE9VvBcUKz9B1GaGVF75DXRd"
    "2Kh7qL/SY50kY08nfV8K7PcFYL/Pgr2Fz8CgxjpJxaEuBTX+X8HeSqpEgSQVe1A3coR4oD"
    "0BKttxnKapo/rtZJSfS8H8cwHMPxMODxw6mmM8PC2oHKkvGKTnGrhYsNGjlFfGolciQ8UF"
    "Mu4l/9UG+K8fJrga8eRWiM/95vLKI7ScnRKm2mftjORNkKT6KyfwG15YiUrOgSk6RRJkF4"
    "30pVzU7UjRgAGqFQ+RGHmL70ZsppGH0mSpyH6Rcbj27Tm4wM5igVSeJa6xY9tI43FWxpev"
    "ylgciFNlJs3HMnq0e1L2qqaaygFYe4hGLEX5uziJnjsqfFGN6OliOpDFkRJWxJoO0Wllmx"
    "pUdSWsi2WucSmg5Rdc3Mf0jCtVlkIZL0k/30vSz3hJEDsRyx/pPFIJohavgqob7uamDMw3"
    "N/k442c5QCveb6wE95G0IdDfTlyq3/9napp7iEIVy2KdpGJvbTeiaIH9QTdf6c6QOA17MD"
    "eiZOEAOeoFnSBiD+ibMjjf5MN8k0F5r1rQQRf3eQlR2Vnar3Mt5MlnrGfZCH6sZ43F+VzG"
    "aVHox1gQ92QZyt+m84GXKQWfTUvD732Xh9Pv+K0XuDZf8DsLaSbO/Z4vNjiolt/zpZ1am1"
    "+EUfFKNdJsqzQdezurESkoDhu9IESm5rLQSVnIqy1KdzsHBOyt65v3ZRRqNCr/znifUao9"
    "vOgXdIqMr+STK1ldr5E2T7iW8wPDYyQsrOZLB4bz3Pvsuq459141DFfF54BmktyCRbklac"
    "qzU0u6s9orZpbg8C5SiZoilCMSDu8peHXoF6SCpOZjBRin6DjQp4DuYsEOy7QPQHNoFdPZ"
    "fLqYSYOl10zCmwG3JF3KXh6h5kCcRjiczscibiK8Nq29ipsOJxuKtkPdfHrVzjQsJGfoYr"
    "WVb2hJ33t2hWdgwY1nWJB+mclzr0msV9Dca//6N8Rxv/3rvxDH28JBR91SleMKx/NaXMWS"
    "aYVaXH6Yq6I66Gs9ug5lt0sScTuYxFRlXCuoF2Hv4EHxI+Cp/AR59Cyoco2nwJmupVX29B"
    "+pL3jLIA67vnxHFy008SKbfeqVIY99Dz/c+/59cSbjigOwHVcIrzf1F0wAdg/rikxPUnKm"
    "t4TphHTU4Nt3runz+6Y4W3M1XNXSdrBaLneKlCdxt2fXZM9KBLtdicsJQs7jNvPY75VIly"
    "yeoOG1F0/XXvQByyJMXXnxLpqoYwCXTfpOLC3qqouxK0rTTJdYAj8spHj/9XQJRdGfhSG8"
    "k/e4DqyzIcJzsApQ1OX+TJAG4TzMA6WAZ1AfXNJzxQIX3cDM63x/NlbeLHOv2yuzUKVb7J"
    "0LWg01VLqAW2S0VUyX1JKVBrKglkV8JNuQkdKVOWJZxLCy51pAsQD6zva5W1PyZ5v7k7GK"
    "GXob4NpAeKGdh5d8nIlVsLCrHU3l1nDwf33VhsFMrKIV9TZSa1hd88RkrEJmg61XZmwPcH"
    "Yf9nCeCdvCn3Aczccscq71DF7RVfkMnTrW28KbT46mYxw3C9gHLL/Xgto8mIxVzNATw67l"
    "zlweZ2IJrGwByoLSiLGyU0B1XKtoDVL0HAlk3vvYnJ207RcvxWdVdwnxHNXx+hZOyAhYFQ"
    "tvRsumoABnfGmdLsSpxFc3r8jZKYfKlZBfkVO1FXNDdkvm5Q4EBGfW9mnpbVCyuA/afhSL"
    "MRhdycPXspOq7hAIBxjY5rE3DWdH02c5Q8fBJXRbhpbtKOYBgYDEFoIZLn+bE0j/ysW8Dp"
    "a5djXHVnYBWCWXaYbucl7+dx1ZpDt0o6zBwbRJbagKGxykKHl/A4r+Bhg7vHvPgD5NzvGn"
    "xD8spaZatK09CNQcfUr0dVMlOaZOwR6Scbwp8d6blrMlys0nMY+TctwpcX8Bqu4QYuZOon"
    "4k5JhTYg4N27XCCERK2BO0HHkK5ANZRHlUdTL29+jwzhHUCbQp7DeYuGvCepGWM324G0nC"
    "bC4N5IUcZEpGIdXewyTgc0kcpRD3j4hKgGdJOd4n8Q5kvip4Z0k53ifxPlHIpgDuU4Vsyq"
    "LdIatJDXj7cKFFWr17UWqK9lepTNeRXBmj6fdbQTdfvL+kuTKWh0NcxxK9BSxlD9drr5pl"
    "8G74+mE2i411D4fY2C/y5y+3wg5uPXHu7TOGLaDhclrKWn2lMfqmybjNNysE6artKDEXf4"
    "Wss5wpeP5Zm/PPNl7YKLGuXe5+StBwy3R6K+1NAziqRUC04OKPE3EJ67QGgX4TWuiUF0GK"
    "6nJL9/rDTUcW7xpu/YLdSGqiVIXTlHwZn1zGQbolPdhpQo71aSV4h5QroCPhllCbuKBAVp"
    "KMl8ZKSDa11C8ryPLMPcqTRFwISZ/jGB+3YnWlJCl7lXZYkt+DRHtlr1pPBK8B3OZHl6Uo"
    "mdlD/9XvX19/7L+7/vDp5uePH28+vYs2U/ZR0a66kz/jjZXgLSEULabx0nOBRM05UY0TUd"
    "AxVchviqoe8Dsf/JupppJf9SOb95BlSZYfYZB+ycorg9hEnWJG2corqWWYqL0yEBcDcSil"
    "Sq9kc00qhPxHORIFIf/xPIoSIf9WfDgP+e/Srr8S8kP+n2B170pIezm3Cj3QvcVs+rDAfb"
    "8OpmsD3CF1Lk28/qgWwIXUv+DHX6ajoTKWcGjBrbDDA3cmgsNPXV0Znx/EuThZTtHDraui"
    "u90x0bvSeDaa/oopwnZ/uIcYUma9gWtoAc0bt0CalPcJeKin2+PJ8eg7aSLdy1531en3CX"
    "78iEDbQK+3qvliVOujel2mBdB1fgega1I1fsuhjhpPUv2VA8bDyraPdH1mElRt3mTlT7Ok"
    "K7H/qYwvsf8p35mIn3W5/vBl0e9mLdoyBYgBQrRSTc0YHXdpttkk4nOK7gSN07BXUr+R49"
    "Ovi0+naydoeOVSkjVJtZC+Q4dqgoajeroebF5DCOp6sOdYJdpx4p+0SyS2bE5F2OwC5tiW"
    "wTaxcamr7VLVG6loHvILYxTYhqLKGSUMQ1HZDm4V6tRJelVgFeKFICrp+WFIqq2ZpMiPxV"
    "7V9ZPxrBExS3f+df/jh2iR4hdF63MxFkcjQgGDMECxGr4Eco4wOcaxGsBZao5v6nzY7GnU"
    "12A4g5a/ZlpM75HgRaovfDoz50h5yZC77qbm6HDjXetKTs22AsSzpBzyMpA7MK+15GlHXU"
    "jb5pOkNxuJS3nyML4VDtjTjH7Uyvg8HQ1vha2pr1fGQh598zxoUH/2nGfz6eTv0q3waJnG"
    "H6CKo6z+VKa1BXGPsyyf8iNRYyQ8CjVhjK4jCtVTXJXcTnX5d2+GsM17p+ItXH9P1q7Fp7"
    "blguicN4YH5fGgvNYxo6VBeanmGwSza7Y9R77dNdUYhBteO7ffrwoMr1vLdKsH5B2p2yyt"
    "9PD1NJyL3yfKYDpZeNF4L9DZrdEmNZSggdfKmEyV0XTyWZorE0kaSkgPMExFN40t2rgGAG"
    "uAdILp3d+kwRJpVLeC+fgv4EmyK+NhMhK/3z+MlNl8OpAWC3nyGRdU0NWXjasrB8vUgG0j"
    "Lq+MkfQZx97djeTPoj+NDrY49u5Rh9so3PXtA/AssAEWIFZ5KTAfxYnavCCqxj+8e1dGf3"
    "v3Ll+Bw88yoY6OS1Dgym3AI3VTeGcOu94BGGsMGuUmnEmTobcxAvqVIc7QfvmGNxq6fSzz"
    "GW+wuYQ3GH7PAnh/4fei7Rvbtu1Qv4OfolSTTnOoa6krwsClFT+NPNGDOhwrTcfimdRETN"
    "YRN3q1Ok3LXt4nw1Gta6BB+qjHJBWPeyy1x0LQ6HdYkpIHEbfZbIV5hQ26SHtWbZJBeAl+"
    "z60JmiFlYWsVcVf6ZVlskI+YixW1cHjaSt/abN63PtSajYbNNwfymE06k+BbR23K+4NpOX"
    "8zH3sE0+Hx4VWR1RB6w5R/BeNOGQyxyVhYW6+C5RqCaQm4Xyl0BHMjqMIG6uC/BejYSCXE"
    "kwo4m9EW9qr9BNaC59W3BRPJYz+llcL6ZuVmy3aZLYHhQIcyNSekuGBR1viZeIEgp9rNgH"
    "iTKN4LCqQTRAyq3P2bmxI4o1G5QHvPCEjbO7V/84Ea6yPZxYyAHQ4ZQPeBgu6DLMqFvRFi"
    "VBfsivA2cniNTRHabt2uxb00f5hMPMs2WiCGZ9kefJEGX7ERW9sB7QnbsAfT8VheeoZtXw"
    "pxfGv3/cPCN3ZvXBu/cy/KI/zGRkU7e90OK7dj4oKclvlC1SIxQcRMLar6KusFyf+UsKbJ"
    "OLBpYMHv0HawW4US2QwdhzYN7cEy0a/cK17FPxpHV5qOQ5spmOwedKihH08NLoGSw5v1IG"
    "IdP4tqfpj0kYJHSRcbZavU6uX1iXh9ohagz64ndwMNaO8qsT1Fyh2MbXYwOrgUIL786Uq9"
    "JKl4J6OT3q0QsRq8W74HZRmbsFtIly5LklxkCRcX+g7C5GE0KnJxJcocmNaaoMzdBYT3X+"
    "PFZYtgn3tTdfCuykP9z+Y9gQFmuc7AI6Yn/YHWcehJl+ByBwS/bJAQRRZ7vjtD8GcDawHp"
    "6oKzUx1hp9qCYQryEP0EXEMVD8TOPfPFyLoFa5t5ZawMEc3xo08moKtzbSMygMn/w8avt8"
    "A6oM9F86DPQZ+wFnSgPgN/VOgfElTdNEATnsaiovGMORsvUiY+3yUZ4zWdBydBVo9W87bs"
    "aDrnMwydMEwq7TFJxqD62C+TntDPz07oZ5IT/mU+0gmWRwIeMnVaqAyiY2qRJ4OInI4BXF"
    "aWPK6rFkZKRaJ8roQUF/ZPykhxVeO0lCQKNhIn1oK/B4U9mh4BfuvFNyGZQ10j6eLH/xG8"
    "H3SFRq2BZ7q0r4SAmegv05vNzgpKdU/Ow6jaFUZFG9pTb1RPi6SURlL7eJDaRYLUfPioau"
    "DESLh3p37vDroHFO8eoONJnIqzpXa2hFcyDVPiNJwltbMkkI1oOBIj4Qyp/+jijmnumG4B"
    "+uw6pt3DuiLXk5Sc623hOsFPHTmmSpYZS5jEavHzlTOHdcSz2qyPz3CA5bcO7pEMWLHHV4"
    "XWq9TAJmuE/ZbJn9Q017KiwwG9+Q/uJmulm0zbqYYBdLJ4dTolJEbeZjmrdzcXJ4MvuFgw"
    "+hm7lTH7gg7WW+GAvjFYGdPJSMYvTUOH+PV4eieP0Ou9+Qh19Hohje7R1PNv8gB3EgX6Rr"
    "GB9Qw1gLuAivIItwBVob4yvktIvsL1zABCxsEFxpZLXLRYB45TrZtnA0WKvc6kufVwTzM9"
    "MUGr2S5P7qYPk+GtAI1HXBoPsfphGbxlus5jWC6PlillxO984Tsjeh9cC13wVKbfGEmbOd"
    "Am+6/t7veqRdAk84t+xEiYQPnS1T7QAbIh9BHKX9YRQUO1VVgKvEgJWTS6W4qUQeWtu8pa"
    "VkfPa2xYMms3or6gEwupN66qU5ohe2Nx8iAiYcqnXhnyeDadI2nK98TjCpUyLk4J2yFH+c"
    "GTFaogJsiYuFcajzHjtknGrFRlbJOq5qVQ0oW8JYl4KkU2+dLXgelQTdBwUAn1A3hdu+ay"
    "3NeuRnkKJIn4guXlAmm0hprKBWYP3RrQvYsm6tb6LQtt4qYpAWxw39eArHiciU1ok6JRCW"
    "yDU7QGbGfHmdjENnnhUEfFx62U1jN4VaDxDB01JxyJxv+68OaTo+nYYUHKuOvBhpSPA24g"
    "Uwto82AyhiBr0nP99VUbmpq7B97HZTzX8cdXRZ7rp1dNWcdHXtR1HRS5o/NX/1Wc1Y1lPl"
    "iAyk0QDGcu76H+aHz0DXx8iOiW8PXG6NtsqsS3rDyUJktF9uo32nANPFFnZczExcK3Ix9U"
    "2/YtyV++KmNxIE6VmTQfy+jR7knZq5pqKgdg7SEasRTl7+Ikeu6o8EU1oqf307kkf54o0a"
    "eG4za+ZKRE3yCkuHtYyBNpsVBG8kCa4DiCR9eGBrBtRYcaTnlfGdPlFxwsYHpnVSuWj59j"
    "T7M1jxRtXi4V92cjtYZ9xBTvB9IjfaTj1YZPOxKgbbtejy+sCJFiAfLhJpCyuMLLrO/81U"
    "3CGyC5khBrhP02+UhHREUum84K5iR0scclUzv1ANFFQglfkqpx/N6gw29J+LpX7bq+Zo7f"
    "pLl8L+PS1c/Aguj3e+Wtl/LcL2/toBXSknLW4fejdKOnyFjoxXSBJJ8INXpPeoqU1yFsc8"
    "hQsMOpQ1PiVHxLlezO6YNWpTdnnJJvqC5sqLzGgac3FVt9A9OlrsrVuioqdpWJ1+bJvzz5"
    "tw3osxtgh0Q6m5gHlOvPiFFcLljpfVOc5TFgLUaWBytdNFjpbSr2TUXX2Q10mOMzjj++Kv"
    "IZm+ic2ynacWSTPmPuGr6ka9hnKvFMLZAC40TMuYnr94u8beXBt76tLpB7CpCc7Cg71SbE"
    "gBakQybJ2FMc61/JSNX20tMV14JUlbwyhO2o54U/j5l6Xvi5optb08W9ByoyqnASzrTamb"
    "a1VHSV+h9EwaYUGWdM7YyxNTMvsCvnOgkJLujRbArsCwTmWKZOt+QjAr7Ya1/suJTVM2G1"
    "F7YJPxJdsEt4qBd0tks4NwbnnzrsGoN5WnDzhkueBRiuoBqyAN/GYhlmshGslbEkt3xLZS"
    "ynjhspO7Wvr4qMlIjRVPbJYDxzpskGUhC4abJR0yT+XwFUIS0xEo5yOZQ1hMbWzMs4KFFo"
    "NUbfZsx7Q2k2XeBMqDVAAqqXSYVkUyV6Gwv+SvRsMJeG8lIZiPPhraBha56jaOiOXhmjqT"
    "i5FXRTNXA91vnys/jZq8hqOVt0MeNKq+Jo+QVXWlV1Z7cy5MniARd5lXCxT9u1IhTfPMDZ"
    "K7VnaHRRTDGaCxprBpNfL2OvuS5zS+RfEmmIuXGgUeNARqMpU8ggqDZxZiZ++aIcbbtUSp"
    "Ut0EzcXBCeDdMgnIcdlTCZR3asZn9uP4JkXXwGscIFJvd7YKzrKB8yT0zG0jZs2EjwDNfA"
    "WgDbzmnkkB5ydcJo4A1W7NjoEr1IHy3zxQbWf9iCDbfGj9AQVMfrdA72j2C9BmshnFn4AT"
    "dR10zzCQJhZ+pB3/Qn8PqfpD6k9U3MLRntsmQgxlCHqcRpmLNo1B+iglS8LZ3fNiRos+ZX"
    "VduuXd/yQkFD/1Lq5ivoK5MgYykK+yIdZmLw7wlx2fk+82A495jX7jEPcsHR1eocFD+SkO"
    "bQySFnLwaxkdiRsAgDvQ89SXkZH3pLaji0yWUeglToM+eREvl7jN1ICa9JDV2gRJyEJdmi"
    "qUCJnMZB1HESCzzPGIQlyToGctloifjqSgRLDMTFQBxKbxUrkTIeEawgWfNSvhHEyo5tf2"
    "VQ3smyXj2joISoajxl8V/sVV3P5UBIw9KRfN3/+CECHr8ognoxFkejrA5na+igJRy/uqnm"
    "XXAhRQrKDSbpIJgFmA2nD3cjSZjNpYG8kAPFLZJPvIdJJ9pcEkeZLCVcDIQy7CJBxKAp6L"
    "pU4MV1QeDFdTbwIgDtDyqDZoKII10O6Q6W2zM3GxAWwqOIcZne30teIb2AfmWIg4E0W+K3"
    "VE0DBwe/N5QGuK3wEIfCaLixcEsK7nmilZJb+yN/V2QIGdwZvHcdtxHUYSNAWx6uK3E9Sc"
    "mrwrXa/scr/jDW9Y1FXHklpQtUUopMbW/dQKur4J7ZQatZO+YGXRq7pfkEcqyYsedXxTZM"
    "b6TiREN5DliXjtKrAgOkx1Pq2KkkFY+eOqlPbdQ91KmSKY4U7LVIuS5jHrjONw9cZ9NVWl"
    "Jv7a0Fr6aDAHnxlkYDcHgUII8C5FGAuISglzGgPAGqOzNF1lDUH0tyCY/4+ytY/HxZUqnO"
    "bOIEDNr2WWK6a1ey5MfIuBm/zfy1wDPSwqu18IlTci63mcvcEZsvG7HriOXB2jxYu1V+jt"
    "YGa5s6WADNtaDz2iM5OeLPrwqdHGgkzhg7Dj2Zqr4IssgtVwe2oBqCut5DA2Iyx7QEGzi2"
    "cACWgKfO5qNTU5/hOsFz0CjS4XjmLPt1VXorcqg4B8UC/3bDZrUpM15RcZ8M7QVr/ETvdK"
    "rIT0LhOawrikpJSi4qtUVUIkjIURWUkqWdmrx8FuozWH+D4IV08xwfFl47Nh6mPIfjanWs"
    "/9YzXwxfLPG+3D+4p/0NPe0RL8pewhEBg67JRrxnvOhqw+VAkWgMLKjS+MjiNO1wlOGPZc"
    "dRZlpU9THC8Qwu+fqLOOOv5dcToZTjk4RciOdtPP7CQnyevbMtQjzY7nMauYaPigX42KCa"
    "pfdM6pqmuza6Tbkg/7bFBtHPIt+5pxNGQ9o237+9+cNIuvXskitjJIlzLx0U3XZWa7JBua"
    "TP2yt0H+X4N6NAOkXGXm27m1Jg3xSAfUMoqeCSXCAFbRFdoguETmltGcyX1k7fOGm/Zeg3"
    "nrMfSIflJb4YBe+DR0zn3UC6UyNGwq1d9Vu74B8EbuSHxATDLxcO864jK5u3nrmYQSv39s"
    "tdtvnXXoMr931HVm5o5Xuk60yVoGJQP+EVgLghto7AUx5DwxrXa4ihiSl0XpyrvYOHMzs0"
    "Bab1cTRfBxdEXuxso02assDlOy6S6J50YSj75PgSrZrC2jK4pZKjvgq4pZIQTHcrmAdgCC"
    "87pA8J//ynazhQ/+c/BWh7P4nUn+nM2cpURw5/qu/r8GbpoUGZssnBEyrHCq+ajJ9domqy"
    "DQPfCs0FFRExeDd19y4iiCDe1qOVPkIins3WZt7y0oNN6cXJi62sgSxBxHEtkTV2jPY4N2"
    "/sOFPHIC6dM5ZYXafrDvKyjjTolirr+EYhVbGUSJJ2ksyYLNBLvKTD/XEkLzvYpWO0UIJ3"
    "H/8FSDVGC0KXjyTspSXWXhDPtYFFGyUVp2EO4vot5GtoH3T1VaGFOU3HoDuikXCpg2rbLy"
    "a6nGirlWYIGUS8kYQqnAZOMPQWBE2FBO0IfmCqJh732V/MZ79RoQ7Wim5u0SqikP4ydDzy"
    "JA2tbmq49FQlI1+altv62mzrq9jBm3furnJTe6jpqu0otgMOdL6pLC1DwaAXriDsweid/x"
    "VCKDLE/IBr8wHHI6TyN183Y2V4hNRfket5EVJxrj9aqqHt6LxrCRqGrtSmfGs+XjV4f+6i"
    "ibqFb1nXT2JhUfecil1gCK4z4/hEF71rwT+8YQP0XgePrdw4PkJHgjPhmlnmM1wDa+HPxi"
    "pYiYZhZ0KWblPGCl6NOmBd6xm8ysYzdNTgC2e9sOkxV4WuWG+0ApPDS0SI2ggcHfzo2kDQ"
    "ofH034KJ5ANBFbApXjA3AnRswVsmOJTzCRwcUmBotUm4z7ddPl/m62YMFuLyVtBs1VkZk9"
    "kCzeGHydNaiD6VsA99yrUOfcrahniLvwsmTPHMNJ6Zxs1r55vXutWairO5Ipt5myK2+auZ"
    "+4OOfxllzH+KjNvPCLnwPJuiIWTRvABrtriZJHWqX4aWobV7AXdqgYWYZwj0KMzERRkCR0"
    "NxzrKvAWI5OVu31ntZkLO7vQTO0eVWx0KOz8UmxmlZgNrlQWVrjZux7QP6bqSYy4B0aoCl"
    "if4pUfDAM6DOYzOywas/K5mmIxxyDdNxpE6apeOMKmGUNgTVsF+AdSW8QGcnvOxUR4AOth"
    "2rj6brCJp5gGCNyw9sTEuwwMG0HISN8PgqbC3TPRBM1LVMWaaAQepQ9z81UoXQm3Q1C7hR"
    "mxu1O2nUtjV0UWaBX+xVXc/Pdw6JWFJ6rvsfP0SrGr8oWtCLsTgaETRJc09Oa16C3/MV9J"
    "CEhRjdIpOL9MsyYW3JZHNEFpfRdPI5HJ5O8UghvlMNAxBC4MsdHTHyVp8ed3NxMvhyK/gh"
    "Kytj9mU6kW6FA/rGYGVMJ2gtopemoUP8ejy9k3Hp+b35CHHx+YU0ukdTz7/JA/SuDfSNYg"
    "PrGWromTQW5dGtAPYq1FfGdwkxBJ1TLwAh4+Cy9culNMdV652gwO3bF63P6ThbkPEaErCw"
    "wZr2CqUkIRpbcor0Mg6DSwpBLNmTeSRmE5ZkbqTnRvquIcuN9O3IeToGBdKt8QxdPau88+"
    "YG7gDhDpDugMwdIBdYyOUcIFkxuQZ4eTINnWeJdC9m2RA6jkoygRSs36l7sfxpkpIJynDk"
    "rFyJJVD3PYIbynv/qsj55IQjeFm6LolXVwXeHC3IYCsdvR2MZy48vv5m2rxlZ7PV0XhUfD"
    "763cxLr6FxNkHiPjMdk0FpO7GNgh4Y54GEZYdjgduO7ZY3yViNIZYji5UpGIwlssbqBf8W"
    "CXy+X443YX/TAsKXdaa2zKHXtDPV20hU6zZGwZ0Vpw254VFypnEmVFI7Bm5Za0BsUTUb80"
    "t7W1mqYQeGXdJ1FXtcfF+lBjZpSMiEjj6a5pMv9f8DN8BSNc10Iwtj7CHVvcZ7YNXrZcu/"
    "AI8cyjChWN1LEDKo7XVEuysV7KLu8Z7McnhsGsEdkWHvkSTNW6DBvar/NPT/Z4uzQ2kgj8"
    "XRD/13V/1UeefJw1hCl0XwKB2cYVnA0OgqNsRoLmec6g0mv/YuIk1el7H85Rv+sl0SLJDj"
    "UC0X6pqYoM3WwN5gLg1lHCxvgTV0VsZQusMv1+ARehvyjUPmechxiZBjcTm+FVRnj+imC0"
    "Rl2tng4mTocRtDjTXEhq1p0Z1rMZo2M7jisXZTxuZ+k29yv8la3PFFC6yDajl0QKfo2Ivu"
    "7pdycPQLHBz9rIMj/s0o0E6RsQf2TSmwbwrAvsmCndQGS9qAkkTcDMSjgd/OwBasxRpsbO"
    "Jxpo5BXNbMlty3ZcL3eBhq7WGotVcvUHVgEdY/fekCMZyoW7dkXRULlhZEDwamFaqhRItv"
    "asxVsdkXj0bfLDH8ZN0Cr2+qgH7PBlp7sBZMSwimQC9UwXa3W2Djv0NJHv9e9MNxnQFsRs"
    "yWLahlRh7D1jLPaMg15WCZa5e2ySqBmD2Z+X2/VARWvyACq5+RmY/YQdt2qYLdCKTsgd6I"
    "VugdXmsQyBgpYUQ31dzMxThZCusNpuse2kXm8enD3UgSZnNpIC/koDll5OnwHiaN5nNJHK"
    "WQ9i4y5RlYNqUGniFkb2k3UOQ4vIcJElxRw88E3QV7fr7Nuq6x5ycSvUyCQpO/rCMCBo2l"
    "vGg3D0+uo1laqDdQmruSVNzc1bKKDSxiW5R0/UbJqm2DucFs1Xx/ZXWEB7E5WUU6eVC2Kk"
    "ZSBBbUdj2CsSx4clVkIlOPY3h2ZZfO0asCy1QF3fFcrbFtO/sCrcDxpqJAOBjOILrNpFma"
    "hkOslPm3xXSSa2tyyJUy11BzhP8TdGh3WB4ggYvBSKgomZKZ6eqYV0ndA09wRxLLLnmZ/f"
    "n/Ad9YNL0="
)
