"""Migration 0_20261204231437_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "details" JSON,
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
    "columns" JSON NOT NULL,
    "visibility" VARCHAR(16) NOT NULL /* PRIVATE: private
TEAM: team */,
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
    "team" VARCHAR(64),
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
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
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
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
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
    "details" JSONB,
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
    "columns" JSONB NOT NULL,
    "visibility" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
COMMENT ON COLUMN "saved_view"."visibility" IS 'PRIVATE: private
TEAM: team';
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
    "team" VARCHAR(64),
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
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
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
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
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
    "eJztfWtz4kiW9l9R8GV7I9wdVbhdVet9YyNkkKs0xS0AV3VPM6GRpQRyLCRGF7vdu/3f30"
    "zd0CUllCBhKTu/VBmUJ4Hn5OXcz//2dpYODOcnUdMsz3R7t8L/9kx1B9Af2UdXQk/d7w8P"
    "8Buu+mj4Y9XEoEfHtVUNz7VWDQegt3TgaDbcu9Ay0bumZxj4TUtDA6G5ObzlmfDfHlBcaw"
    "PcLbDRg9/+gd6Gpg5+B070cv+krCEw9NSXhTr+bP99xX3d++/JpnvvD8Sf9qholuHtzMPg"
    "/au7tcx4NAy+/gaYwFZdgKd3bQ9/ffztwh8a/aLgmx6GBF8xQaODteoZbuLnPiqH93qKMp"
    "kulYW0VJQeBUCaZWJw0Vd1/F+/wV/hx/77nz/+/On6w8+f0BD/a8bvfPwz+OgDMAGhD89k"
    "2fvTf666ajDCx/gAquntHhEbcsAOtqpNRvZAkUEXfe0suhGW7YV3p/6uGMDcuFv08vrnEi"
    "y/ifPBF3H+w/XP/4k/0EIbINgYk/BJ33+E4T7Aq3m2DUztlQbgJE09EEdvHDA+bNsY0MHk"
    "195lUK4CcjHGWYgfVUM1NZBHeGyZ4JUMcYImg7AONLhTjZ+Gwf9Nof2uIaRLoB1KA3ksjn"
    "7ov7vq++g6/zagG6D7MJbm8iB8lFnBNtChqxhwB10qjLOEZwMdngtUODd4dNQPtbVHAOgK"
    "+ho5nIcIFjLMKaIsxojKhTvwE/6jqaX8RhCLSym7Ug3LoYYvRXQmfB1aoHn0HFd1PYd8T0"
    "nozvfhk9EHRAdnCsYD9QVvLCSBwmdAeWn1xMFS/ibdCgH1yhxO52NxsrwVdMveqaa7Mu/n"
    "079LE/SRtvUHMFfmYDRdSMNbIVgrvROuvPcfKtx57z8UXnr4UVawcFxrB2yFSirOUB0Xjz"
    "twSNQjIR+Q3duW7mkuHbBpIo5riCvW5dZPRMUjWop5kO8tG8CN+TUULJJnTgbYUH0dJKbq"
    "GMh/RgspevdwjdjqS6wEZzcuwgD9chCIFHNpsUQiBcKbsIxrgHd2mIlRdNO7twBcvJYfVe"
    "3pRbV1pWhRW7u9EXx8Dve7kPb+6xwYqv9Tild0NE9npY4c5qnFid4G2ICE5j4TKfkwE6NY"
    "oSemUwtWy8NMDG1mf2NafSuxIVNbNf9o199l31FNdeP/JPzZ+JMiy6gBbLLJ1H9wVWowjY"
    "dwc2mXhJarEnOpo6Hbk3CnGpZagGxMkQF3jUm6uw2JWuX04W4kCbO5NJAX8nSCP2X36vzb"
    "ODxMG0PmkjjKSN82UB3iQfe3xXRCRjhBklXgoeYK/ycY0GkM6d7/W3umf6QKjx40XGg6P+"
    "HP+5+mbKkl+GOIfMydEPNIgfxhLP6S1S2RUnvnQ2Y57sb2Z/EnuOuYXSB3uvgWMVqjwHSG"
    "FX5MuTKlxUAciUus8aNBqoG/3socyouxvPDtADp0dtBx8LsDtCjl+di3DljmGtq7thgIbP"
    "AMwQudaydJcxK/WiZfpTH+UMW786HYu/Mh590J8FKCAygP9BL8XnAp5AhZQLsE3aX0y7L8"
    "ZIrvidF08jkanj2ucp4JjI2iEpTcYWi6LXRNJCjLrL74j4bOqSbXPfp9+tQ0XnuxPlHIGX"
    "mMNFxxPEuxB9uH8ZN++goP3/0hew7Fkwjf5eUXAb8U/j6dSNn7JR63/Ds2VvRUz7UU03pR"
    "VD0BUfRuBCPpWDuF6xnSGtjeoQ3YIjZHmJTyOfTLnLC3k4Scx63mMfdhNOTDSNiMiODewU"
    "0hvnnaeiBug13gv/r96+uP/XfXHz7d/Pzx482ndzHS+UdlkN/JnzHqqa3DXR40J1hNLo9i"
    "q3zeLEjcH3lmTE2wtNA/FVlxplX1TbdFVV7kz4Qq7DjP8urp0JWeQUHE6uHpVakNFo9TQD"
    "ywNZbYshOYMWPsBQ7dqxKTraX5AZWnyJIZUvYURZakSbStLSprV0xwMdPkxUxd7/ufqtgT"
    "+5+KDYr42Z9ZgIn3ZSnCZIckAxDXb01EdxR0qSLFDxSXi7rrPMBEhegYxmRNqC4zLUurOJ"
    "gIv6Jy4mXIuCOvdkeeDlwVGlRMSZCcxZDu2NAaQd4G6Gc75IjSMmdckooFB1HTR49mQHRa"
    "Y5kRMaPAZV1kNM5ScryP4723wbOyVZ0tDdQpIi62VICZFuF6wW1RemY90OYMtDQmxDrtW4"
    "g7NvzDj9kcoPd6RDNXdtBVubUrMRytiHB8a4xefxWLV2Phh5il1CduiogfClXFCDppLUXE"
    "r7VKwVM6tIHmKp4N6eTiNB2DYN+8e1cBbTSqEG7/WSaQU7P2hNDlYqBjggumdDalbKfx7d"
    "/cVMAXjSrE13+Wxte0iFUISgppWGS/YvetSo3g619j2lY18MdQAZ2nZPDMaMTkn0ZO2SEp"
    "0KK7FosmYJADVfAvRj/vbkHCvBK5Fas7j1NkLAVHXcSNnIB/R3AmFptKw+Hcbl279dQBjo"
    "PV2SdA5RvLkHF7XgXXjbqDBhXIBwr28L2ukpJzXZySc51LyQG/75Hm4pwQiJKm5HEobY5D"
    "8U6LW/d41Ho3+Ou46npNF7KeJGFJJGuqNoyPVx5f6ijpBZ5nDKJ6lR0DuWpwbnJ1pcJyB+"
    "JiIA4luiDp+jwcdzbizrZHcGuET67KfBmPhzHcf9GlfX11xH9Baz5g0mtRf763/z8FtNF4"
    "Bg0x7yuZz9+XmM/f583n+H8FUIW/Jkg4ytVQ1igjYDV2419vqvmASlxAhFK+HUqYvyz0bG"
    "XMU8S45NMTz61dx15qYmoX8dp11bEKoiLOhGmKo6AG/kyMwlSg79KARKfqdhIkz34Grwo6"
    "GPdoHCm7gAovf7Z5OBlDkDWp0R/KkhKU+lTN0mK9XksNa1K1/y1RfUxHQ5Hwgkb81lMdB2"
    "5M4DM9HOG/7wJ1F5pRkm9n8tBtoAH4HMhC/+DWg4taD7aqaQKDrB8cr0WXIG+zutC7m4uT"
    "wZdbIbCArczZFyQY3gp79I3BypxORjJ+aZkGxK/H0zt5hF7vrEdooNcLaXSPpp5/kwfoXQ"
    "cYa8UB9jPU0DNpLMqjWwHsVGiszO8SUhSWt8ILQMi4K3MkLZfS/FYwgOsGt8jbWzUc8Azs"
    "Qp2wQv3BBH2rmT6afkfIWy+IodJQfhgjhgIderuV+UX+jBbDFm7QUhjM5aU8EBEPEa0Lta"
    "BvyhsHqiR/SY5NxTXwMmRt5k4tfq4mSuC1vTgnIVwluj97lBtkLg0k+RsutBnNsDLFwdfJ"
    "9PtIGn7G7yMRB+nABtA3+Jk8+YY0Z/mzuJQnn28FaD4Dx4UbJBaam6Ian3NpMR2Fn+FYhv"
    "8Z6eYfeAyuFRqMCXrvtOOkTEo1Va1nSRr2AjiaCFk/yH45mI8VH0yRMmhC64jJrJKPP3mU"
    "nMBsAjmP6Wgzv6Pj/qSNnSLlfG4zn3lVUfZ5HMtzp8RZZmg5p9vM6UgAP+nUTpFyPreZz0"
    "icUkIDLr0glqDkQner2RxKUieyOk/N2d1qdp/G5lrZy8/s5s5sV7Gh83TKmZ2i5FxuM5cf"
    "baBq25MksAwp53Ob+Wx5rmYVxRcfdzQkyFtsZu6NEXpLcf6rMpdGsnSPfaomcFUbB50YEK"
    "xX5mQ6UXKjTPR7ciOlX2YjcSIu5enkVgC/7w3V9CNS8BwJynD8KS6EfhXzdr/YvN3Pm7ct"
    "y1U01XMIjC7pZZWiajF/W+vFs4FfdlBRd5ZnEg7SMVpcr0VSb5Y0e5ACDe5U46dh8D9TzB"
    "hKA3ksjn7ov7vq+9gfOktOHsbSXB6Ej8hw+7XdTY0q3pxEe0Hn6WDya68hnDPJz1Vyn4tT"
    "n/OQY3MLwpG4vgsDo7Jkl8udfNcUyjU3+nEszy6qOlQhACCmvuAa3qmmF8at0NzN4uQBx7"
    "0E1CtTHs+m8+WtAHd7y3ZXpjiTbwV1D0+5Set3xqPLEtimaqDrnRDXW1JsPENXy23aorS3"
    "636Vc6VffLDkDvMoM+WRLm0oRcVE6FHjVRF58tBfJHkoVcxir5/I9TQl53pbuE7Q93OpFs"
    "/AdojRnIWSWoLickLa+44IaarmS7B0NUPSRCeB2jJNrm5YNfTLN5ZNbuhS3D40TcXLsZCQ"
    "5Y1ZG0J2b1u6p1EeBWkifhQQ+t0eUrcqYpqg4IDyzrWVQK5akKla51rSVVYHvlF+5SAxJ6"
    "tAp+/yCkCHR2kNOM8OM3XrqKgKbvrWqYBtKLHWgK14mIlNbNPCfQVs8XVVA7DLcBo2UU3c"
    "6dTdwhO22+fzS1bEh3DcopqRE5hUkQGaz9BVa6iHEtRkkOPp2FmpvJDFeZChKdQNQINs3P"
    "nl/JW29OcbxNOxtEMvUgAkFi7LCoEkJdAKBUGUpBR8tDJITxTcF+tHAx3XhuCqv1umtXu9"
    "EkKpRXC3wBSg4+C1bplAsK0XYQ9sYa9C+6esk/DcuQi1SH5Lipo+bVAthJcefaPiIYWSf1"
    "mrypiEQRfh+36l+o39kvqN/VyJwWClU2AcEzCIcL9Shcx+SYXMfr5CpmXDDSwoQ1ohEjOm"
    "vmDEx6NqPvXoEO8N7md3t4K23j+uzDtx8vVWiGd547Y8SGB4JvXksSwDqGaRMyciysD+iK"
    "iawj06vS8blHc3nY5Sbs47ORsC+TC+k9DJkgnZI7gheMgBY87neuuVRoJjXcp6B9cB1566"
    "qD0FVqEy1Sm2G1XRm0A8+KjSNEXqC66DtwECNAVViCf5D0fYQsdF2tet8LK1rtA/wMT/qq"
    "6gmjr64zWvNp09W5UijoffGag6URnHjJclOOrR33RFGcta6TGmWl2kgV6xAvaEfvypYmtE"
    "22YloXcvj3BZsDU0cJ2w5VycLOQg/wfxwnRgkP4jLhby58lYmixvhaD+1g7tXlxXbIAu38"
    "/TubwIi5wF1hDoVx0bTMcBCdoNu3C3v32Y89q2dsp5NegyU7Q4fYhXoDuyGpBMd95aSE3A"
    "V0J3VwISQSxCrEhJIcKIoM0HfGtC8U/JqWdUD+6I3ksIus7H2iOV3qEroXugaPFpWQsvm0"
    "i7DTQXwm1V3OU5QdKOTs/4Y5np9NyRtIPWO8EIJjLKSO4MGceWB8m/YfBx0j5bV3RsB2Gu"
    "HBWb2b1V4o95fHft8d3FLoxmbcymA0x3DjTLTls/iQOuyi3M/lDFPoxttl9P9nD0bCQy+G"
    "st+Aph1x1s/U08C2pxBDvaVk283HhjnsvG1hyYcYrdJ0HeZv2/NxbnX6XAhLNT7ScQmG+Q"
    "7igqCyT6+g98jBz0s/1ng7k0lJfK4Is0+Ip7tgAduoq2BdrTypzNp/fyyCfa29YaGpiD1d"
    "jZcE2FaBfl2Fka45CgumCQw9voo3UGOfCmVsebWqUbV83EGe5TtVf3wM62sWqHATR5XeUY"
    "e7RRSJL0Mja7S15GbJnsQmbRlZ/JkLV5454cXFol7A6NKgkuzYXegd/3EDFPIZmI8KYig5"
    "2mKttPTJlM8f7IWSxiQZniXk9Q8eBFinudm4d4bjq3XVDZLnz9SHQc4Di7ogi57JirUgtG"
    "oHGp6eEXNWIkQpG5VeKiVglo7j1SbHCxe+9Awb17tXv3/O2pFEcBklmSpmJQUq4/PCSArN"
    "CZegzrYp8qC3A3EOxk4ChNd0uoz1AS8JQkYhDm+o2Se9t6VB+hQWwGfm9YanHxrCRdBus1"
    "Juwg2mWK3/ThbiQJs7k0kBdyeJDHVhP/YVp3mUviKG8B1qnSOGMCBtdylaVcvJLzC9kipy"
    "wVl3+LCbg6SFC0137wKJWclyBph6CHP48ZQQ9bN3GSAjZwGnAHaTtaEKjPbmrRtk1Qdn6f"
    "1tXilG4WvIsFVReL87IbzkxtOA3qPdpIkV+Zwls3kybDwDMd0K9MvCqHONMA7z29LYkGvP"
    "o/r/7/xu5MxjLxuQuDuzC4C4PEJHzxkS1qUe2EqQmWFvqnQskJ3y8xTMzYSb8zuXwCtccn"
    "xqHQ35NE6qi3J8moRn093J1zSXdO8f6rJn8n6dss8/XE2Ww+/SbhdmZ723oGOM93+DCQcJ"
    "av7mnAF8aDeDn0m3DAXDuE8fDrnqL050m5xn9U4794vmiHIG0kYTRUfSm1zTQVE8A3rW1G"
    "kNFrm2lKBhPeGVY3HYB+K2JdcBdQ1Y8gkLKQEd/0PkvDdsp+I89Qw75rGSc6ss0qBa2bAO"
    "iOEnCOoMyWxQJnSS8YEBy/09mI4EMUImUnwCxdPSa1ziuLOYMajcmHxJY8TyKLTlXjGyE4"
    "tVNsqWqCyy3JKka482KDI7smyUaUsHmWWIeSo7hZqEs7/arELBRbg02LygeYJqtHLWtRp/"
    "VKxf1LavvnS/szX79Tngzlb/LwQRzhEn06fIa6pxq49uZ8Np0jyQ1X37T3lh2mir29xW2N"
    "PlXxX1Cs/BRRmxly8spvoOvCWt1B45Ue6zQZezrp+0pgvy8B+30e7A18BiY11mkqDnUlqP"
    "H/CvZWUiUKpKnYg7qRI8QH7QlQ2Y6TNE0d1W8no/xcCeafS2D+mXB44NDRAuPhcUHlQH3B"
    "ID3PxMWCzR6lvDIW/RIZKi6QcS8Fr9YgeP0wwdWIJ7dCcu43l1ceoe1ulSjVPm9nJG+CNN"
    "VfOYHf9MNKVHIOTNkpkiK7aKQv5aJuR4oGDFE98RBJkLf4bsRmGnkoTZaKHBQZh3pgz8EF"
    "dhYLpPIscY0dx0Eaj7syv3xVxuJAnCozaT6W0aPtk7JTNdVS9sDeQTRiKcrfxUn83FXhi2"
    "rGTxfTgSyOlKgi1nSITivH0qBqKFFdLEvHpYCWX3BxH8s3rpyyFKp4SfrFXpJ+zkuC2IlY"
    "/kjnkUoRtXgVnLrhbm6qwHxzU4wzflYAtOL/xpPgPpA2BPrbiUv1+/8sTfP2cahiVazTVO"
    "yt7UYULbDbG9Yr3RmSpGEP5kaULBwgR72gU0TsAX1TBeebYphvcijvVBu66OI+LyEqP0v7"
    "da6FPPmM9SwHwY/1rLE4n8s4LQr9GBvinixD+dt0PvAzpeCzZWv4ve/ycPodv/UCdesFv7"
    "OQZuI86PnigL1qBz1f2qm1BUUYFb9UI822ytKxt7MakYKSsNELQmRqLgsdlYX82qJ0t3NI"
    "wN66vnlfRaFGo4rvjPc5pdrHi35BZ8j4Sj66klVdR9o84VouDgxPkLCwmi8dGM5z7/Pruu"
    "bce9U0PRWfA5pFcguW5ZZkKc9OLenOaj8xswSHd5FK1JShHJNweI/Ba8CgIBUkNR8rwThD"
    "x4E+BnQXC3bYlrMHmkurmM7m08VMGiz9ZhL+DLgl6VL28wg1F+I0wuF0PhZxE2Hdsncqbj"
    "qcbijaDnXz6VU707CQnqGL1Va+oSV979sVnoEN175hQfplJs/9JrF+QXO//evfEMeD9q//"
    "QhxvCwdddUNVjisaz2txlUumJ9TiCsJcFdVFX+vRcym7XZKI28Ekpirj2mG9CGcL90oQAU"
    "/lJyiiZ0GVazwFzvJs7WRP/4H6grcM4rAXyHd00UITP7I5oF6Z8jjw8MNd4N8XZzKuOADb"
    "cYXwelN/wQRgb6+fyPQ0JWd6S5hOSEcNv33nmj6/b4qzNVfDVW1tC0/L5c6Q8iTu9uya/F"
    "mJYHdO4nKKkPO4zTwOeiXSJYunaHjtxeO1FwPA8ghTV168iyfqGMBVk75TS4u66mLiitI0"
    "yyOWwI8KKd5/PV5CUQxmYQjv9D1uAPtsiPAcrAIUd7k/E6RBNA/zQCngGdQHl/R8YoGLbm"
    "Dmd74/Gyt/lrnf7ZVZqLIt9s4FrYYaKl3ALTbaKpZHaslKA1lYyyI5km3ISOnKHLE8YljZ"
    "82yg2AB9Z+fcrSkFs82DyVjFDL0NcG0gvNDOw0s+zMQqWNjVjqbyajj4v75qw3AmVtGKex"
    "upNayueWoyViFzwMYvM7YDOLsPezjPhG0RTDiO52MWOc9+Bq/oqnyGbh3rbeHPJ8fTMY6b"
    "DZw9lt9rQW0eTsYqZuiJ6dRyZy4PM7EEVr4AZUlpxETZKaC6nl22Bil6joQy731izk7a9s"
    "uX4rNqeIR4jtPx+hZNyAhYJxbejJdNSQHO5NI6XohTSa5uXpGzUw6VK6G4IqfqKNaa7JYs"
    "yh0ICc6s7dPS26BicR+0/SgWYzj6JA9fy06qukMgXGBim8fOMt0tTZ/lHB0Hl9BtGdqOq1"
    "h7BAISWwhmuOJtTiD9Kxfz2tuW7mmuo2xDsCou0xzd5bz87zqySLfoRtHB3nJIbahKGxxk"
    "KHl/A4r+Bhg7vHvPgD5LzvGnxD8qpabatK09CNQcfUr0DUslOaaOwR6Rcbwp8d5Ztrshys"
    "1HMU+SctwpcX8BquESYuaOon4g5JhTYg5Nx7OjCERK2FO0HHkK5ENZRHlUDTL29+jwLhDU"
    "CbQZ7NeYuGvCepmWM324G0nCbC4N5IUcZkrGIdX+wzTgc0kcZRAPjoiTAM+TcryP4h3KfK"
    "fgnSfleB/F+0ghmxK4jxWyqYp2h6wmNeAdwIUW6endizJTtL9KZbaO5MocTb/fCob14v8l"
    "zZWxPBziOpboLWArO6jrfjXL8N3o9cNslhjr7feJsV/kz19uhS3c+OLc22cM20DD5bQUXX"
    "2lMfpmybjNNy8EGarjKgkX/wlZZwVT8PyzNuefrf2wUWJdu8L9lKLhlunsVtpZJnBVm4Bo"
    "ycWfJOIS1nENAv0mtNApL4IM1eWW7vWHm44sXh1ugoLdSGqiVIWzlHwZH13GYbolPdhZQo"
    "71cSV4i5QrYCDhllCbuKRAVpqMl8ZKSTa11C8ryfIsPMrTRFwIyZ7jGB/vxOpKaVL2Ku2w"
    "JL+HifbKTrWfCF4DuCmOLstQMrOH/qvfv77+2H93/eHTzc8fP958ehdvpvyjsl11J3/GGy"
    "vFW0IoWkLjpecCiZpz4jROxEHHVCG/Gap6wO988G+umkpx1Y983kOeJXl+REH6FSuvDBIT"
    "dYoZVSuvZJZhqvbKQFwMxKGUKb2SzzU5IeQ/zpEoCflP5lFUCPm3k8N5yH+Xdv2VUBzy/w"
    "RP965EtJdzq9AD3VvMpg8L3Pdrb3kOwB1S59LE749qA1xI/Qt+/GU6GipjCYcW3ApbPHBr"
    "ITiC1NWV+flBnIuT5RQ93HgquttdC70rjWej6a+YImr3h3uIIWXWH6hDG2j+uAXSpPxPwE"
    "N93R5PjkffSRPpXva7q06/T/DjRwTaGvq9Va0X87Q+qtdVWgBdF3cAuiZV47dd6qjxNNVf"
    "OWA8qmz7SNdnJkXV5k1W/TRLuxL7n6r4Evufip2J+FmX6w9fFv1u1qKtUoAYIERPqqmZoO"
    "MuzTabRAJO0Z2gSRr2Suo3cnwGdfHpdO0UDa9cSrImqTbSd+hQTdFwVI/Xgy1qCEFdD/Yc"
    "q0Q7TvyjdonUli2oCJtfwBzbKtimNi51tV2qeiMnmoeCwhgltqG4ckYFw1BctoNbhTp1kl"
    "6VWIV4IYiT9PwoJNXRLFLkx2KnGsbReNaYmKU7/7r/8UO8SPGLsvW5GIujEaGAQRSgeBq+"
    "BHKOMDnG8TSA89Qc38z5sN7RqK/hcAYtf820mN4hwYtUX/h4Zs6B8pIhd91NzTHg2r/WlY"
    "KabSWI50k55FUgd2FRa8njjrqIts0nSW82Epfy5GF8K+yxpxn9qJX5eToa3goby9BX5kIe"
    "ffM9aNB49p1n8+nk79Kt8Ghb5h/gFEdZ/alMug1xj7M8n4ojURMkPAo1ZYyuIwrVV1yVwk"
    "51xXdvjrDNe+fEW7j+nqxdi09tywXROW8MD8rjQXmtY0ZLg/IyzTcIZtd8e45iu2umMQg3"
    "vHZuv1+VGF43tuWdHpB3oG6ztNLD19NwLn6fKIPpZOFH471Ad6ujTWoqYQOvlTmZKqPp5L"
    "M0VyaSNJSQHmBaimGZG7RxTQB0gHSC6d3fpMESaVS3gvX4L+BLsivzYTISv98/jJTZfDqQ"
    "Fgt58hkXVDDUl7VnKHvb0oDjIC6vzJH0Gcfe3Y3kz2IwjQE2OPbu0YCbONz17QPwbLAGNi"
    "BWeSkxHyWJ2rwgTo1/ePeuiv727l2xAoef5UIdXY+gwFXbgAfqpvDOHXa9PTB1DBrlJpxJ"
    "k6G/MUL6lSnO0H75hjcaun1s6xlvsLmENxh+zwZ4f+H34u2b2LbtUL/Dn6KcJp0WUNdSV4"
    "SBSyt5GvmiB3U4VpaOxTOpiZisA270anWWlr28T4ajWnWgQfqoxzQVj3ustMci0Oh3WJqS"
    "BxG32WyFeYUNukh7Vh2SQXgJfi+sCZojZWFrlXFX+mVZbpCPmYsVtWh41krf2mzetz7Umo"
    "2GLTYH8phNOpPgW0dtyru9Zbt/sx57BNPh4eFVmdUQ+sOUf4XjjhkMsclY0O1XwfZMwbIF"
    "3K8UuoK1FlRhDQ3w3wJ0HaQS4kkFnM3oCDvVeQK64Hv1HcFC8thPWaWwvlm52bJdZktgut"
    "ClTM2JKC5YlDV5Jl4gyKl2MyDeJIr/ggLpFBGDKnf/5qYCzmhUIdD+MwLSzlbt33ygxvpA"
    "djEjYIdDBtB9oKD7II9yaW+EBNUFuyK8jRxeY1OEtlu3a3EvzR8mE9+yjRaI6Vu2B1+kwV"
    "dsxNa2QHvCNuzBdDyWl75hO5BC3MDaff+wCIzda8/B79yL8gi/sVbRztbbYeV2LVyQ07Ze"
    "qFokpoiYqUVVX2W9MPmfEtYsGQc2Cyz4HToudqtQIpuj49Bmod3bFvqVO8Wv+Efj6MrScW"
    "hzBZO9vQE19OOpwSVQcnjzHkSs4+dRLQ6TPlDwKOlyo+wptXp5fSJen6gF6LPryV1DEzrb"
    "k9ieIeUOxjY7GF1cChBf/nSlXtJUvJPRUe9WhFgN3q3Ag7JMTNgtpCuXJUkvspSLC30HYf"
    "IwGpW5uFJlDixbJyhzdyHh/ddkcdky2Of+VB28q4pQ/7N5T2CIWaEz8IDpUX+gfRh61CW4"
    "3AIhKBskxJHFvu/OFILZgC4gXV1wt6orbFVHMC1BHqKfgGuo4oHYuWe9mHm3YG0zr8yVKa"
    "I5fgzIBHR16g4iA5j8Pxz8egPsPfpcNA/6HPQJumAA9RkEoyL/kKAalgma8DSWFY1nzNl4"
    "kTLxxS7JBK/pPDgpsnq0mrdlR9M5n1HohGlRaY9pMgbVx36V9IR+cXZCP5ec8C/rkU6wPB"
    "DwkKnjQmUYHVOLPBlG5HQM4Kqy5GFdtTBSKhblCyWkpLB/VEZKqhrHpSRRcJA4oQvBHhR2"
    "aHoE+K0f34RkDlVH0sWP/yP4P+gKjdKBb7p0roSQmegvy5/NyQtKdU/Ow6jaFUZFG9pTb1"
    "RPi6SURlL7eJDaRYLUAvioauAkSLh3p37vDroHFP8eoONJkoqzpXa2RFcyDVOSNJwltbMk"
    "lI1oOJIg4Qyp/+jijmnumG4B+uw6pr29fiLX05Sc623hOsFPHTumKpYZS5nEavHzVTOHdc"
    "Sz2qyPz3SBHbQO7pEMWInHV6XWq8zAJmuE/ZbLn9Q0z7bjwwG9+Q/uJmulm0zbqqYJDLJ4"
    "dTwlJEHeZjmrdzcXJ4MvuFgw+hnblTn7gg7WW2GPvjFYmdPJSMYvLdOA+PV4eieP0Oud9Q"
    "gN9Hohje7R1PNv8gB3EgXGWnGA/Qw1gLuAivIItwBVobEyv0tIvsL1zABCxsUFxpZLXLTY"
    "AK57WjfPBooU+51JC+vhHmd6aoJWs12e3E0fJsNbAZqPuDQeYvXDMnzL8tzHqFweLVOqiN"
    "/FwndO9N57NrrgqUy/CZI2c6BN9l/H2+1Um6BJFhf9SJAwgfKlq32gA2RN6CNUvKxjgoZq"
    "q7AUeJERsmh0twwpg8pbd5W1vI5e1NiwYtZuTH1BJxZSbzzVoDRD9sbi5EFEwlRAvTLl8W"
    "w6R9JU4InHFSplXJwStkOOCoInT6iCmCJj4l5pPMaM2yYZs1JVsU2qmp9CSRfylibiqRT5"
    "5MtAB6ZDNUXDQSXUD+B17ZrLctc9jfIUSBPxBcvLBdJoDTWVC8wfujWgexdP1K31WxXa1E"
    "1TAdjwvq8BWfEwE5vQpkWjCtiGp2gN2M4OM7GJbfrCoY6KT1op7WfwqkDzGbpqQTgSjf91"
    "4c8nx9Oxw4KMcdeHDSkfe9xAphbQ5uFkDEHWpOf666s2tDRvB/yPy3muk4+vyjzXT6+aoi"
    "dHXtR1HRa5o/NX/1Wc1Y1lPtiAyk0QDmcu76H+aHz0DQJ8iOhW8PUm6NtsqsS3rDyUJktF"
    "9us3OlAHvqizMmfiYhHYkfeq4wSW5C9flbE4EKfKTJqPZfRo+6TsVE21lD2wdxCNWIryd3"
    "ESP3dV+KKa8dP76VySP0+U+FOjcetAMlLibxBR3D0s5Im0WCgjeSBNcBzBo+dAEziOYkAN"
    "p7yvzOnyCw4WsPyzqhXLJ8ixp9maB4o2L5cT92cjtYYDxBT/B9IjfaDj1YaPOxKg43h+jy"
    "+sCJFiAYrhJpCyuMKrrO/i1U3CGyC5khBrhP02xUjHRGUum84K5iR0scclVzt1D9FFQglf"
    "mqpx/N6gw29F+LpX7bq+Zo7fpLl8L+PS1c/Ahuj3++Wtl/I8KG/tohXSknLW0fejdKNnyF"
    "joxXSBJJ8YNXpPeoaU1yFsc8hQuMOpQ1OSVHxLVezOGYB2Sm/OJCXfUF3YUEWNA49vKrb6"
    "BmZLXVWrdVVW7CoXr82Tf3nybxvQZzfADol0DjEPqNCfkaC4XLDS+6Y4y2PAWowsD1a6aL"
    "DS21Tsm4qeux0YsMBnnHx8VeYzttA5t1W0w8gmfcbcNXxJ13DAVOKZWiIFJomYcxPX7xd5"
    "28qDb31bXSD3FCA52VW2qkOIAS1Jh0yTsac41r+Skartp6crng2pKnnlCNtRzwt/HjP1vP"
    "BzxbA2lod7D5zIqNJJONNqZ9rGVtFVGnwQBZsyZJwxtTPG0ayiwK6C6yQiuKBHsymwLxCY"
    "Y1sG3ZKPCfhir32x41JWz4TVXtom/EB0wS7hkV7Q2S7h3BhcfOqwawzmacHNGy55FmC0gm"
    "rIAnwbi2WUyUawViaS3IotlYmcOm6k7NS+viozUiJGU9knw/HMmSYbSEHgpslGTZP4fwVQ"
    "hbQkSDjK1VDWEBobqyjjoEKh1QR9mzHvDaXZdIEzoXSABFQ/kwrJpkr8Nhb8lfjZYC4N5a"
    "UyEOfDW0HD1jxX0dAdvTJHU3FyKxiWauJ6rPPlZ/GzX5HVdjfoYsaVVsXR8guutKoa7nZl"
    "ypPFAy7yKuFin45nxyi+eYCzX2rP1OiimBI0FzTWDCa/XsZec13llii+JLIQc+NAo8aBnE"
    "ZTpZBBWG3izEz86kU52napVCpboFm4uSA8G6ZBNA87KmE6j+xQzf7cfgTpuvgMYoULTO52"
    "wNTrKB8yT03G0jZs2EjwDHVgL4DjFDRyyA65OmI08AcrTmJ0hV6kj7b14gD7PxzBgRvzR2"
    "gKqut3Oge7R6DrQBeimYUfcBN1zbKeIBC2lhH2TX8Cr/9J6kNa38TcktEuSwZiDHWYSpKG"
    "OYtG/SEqSMXb0PltI4I2a36natu161t+KGjkX8rcfCV9ZVJkLEVhX6TDTAL+HSEuu9hnHg"
    "7nHvPaPeZhLji6Wt29EkQS0hw6BeTsxSA2EjsSFWGg96GnKS/jQ29JDYc2ucwjkEp95jxS"
    "oniPsRsp4TepoQuUSJKwJFs0FShR0DiIOk5igecZg6gkWcdArhotkVxdqWCJgbgYiEPprW"
    "IlMsYjghUkb14qNoLY+bHtrwzKO1nWq2eUlBBVzac8/oudahiFHIhoWDqSr/sfP8TA4xdl"
    "UC/G4miU1+EcDR20hOPXsNSiCy6iyEC5xiQdBLMEs+H04W4kCbO5NJAXcqi4xfKJ/zDtRJ"
    "tL4iiXpYSLgVCGXaSIGDQFXVcKvLguCby4zgdehKD9QWXQTBFxpKsh3cFye9Z6DaJCeBQx"
    "LtP7e8kvpBfSr0xxMJBmS/yWqmlg7+L3htIAtxUe4lAYDTcWbknBPV+0UgprfxTvihwhgz"
    "uD967jNoI6bARoy0P9JK6nKXlVuFbb/3jFH8a6vrGIK6+kdIFKSrGp7a0baHUV3DM7aDVr"
    "x1yjS2O7tJ5AgRUz8fyq3Ibpj1TceCjPAevSUXpVYoD0eUodO5Wm4tFTR/WptbqDBlUyxY"
    "GCvRYp11XMA9fF5oHrfLpKS+qtvbXg1XQQIC/e0mgADo8C5FGAPAoQlxD0MwaUJ0B1Z2bI"
    "Gor6Y0ku4RF/fwWLXyBLKqczmzgBg7Z9lpjuOSdZ8hNk3IzfZv7a4Blp4ae18ElSci63mc"
    "vcEVssG7HriOXB2jxYu1V+jtYGa1sGWADNs6H72iM5OZLPr0qdHGgkzhg7DD2aqr4Is8ht"
    "zwCOoJqCqu+gCTGZa9mCA1xH2ANbwFPn89Gpqc9wneA5aBTpaDxzlv26Kr2VOVTcvWKDf3"
    "tRs9qMGa+suE+O9oI1fuJ3OlXkJ6Xw7PUTRaU0JReV2iIqESTkuApKxdJOTV4+C/UZ6N8g"
    "eCHdPIeHpdeOg4cpz9G4Wh3rv/WsFzMQS/wv9w/uaX9DT3vMi6qXcEzAoGuyEe8ZL7racD"
    "lQJBoDG6o0PrIkTTscZfhj2XGUWTZVfYxoPINLvv4izvhrBfVEKOX4NCEX4mnaePggUjWw"
    "SZC044RhyhX/DB34CI3QKHJKklx6hgsGAu1t+IzmpOREbzaXvyHF5lYI6VfmUhLHSBgF6i"
    "5rxal0F9dfnJk7BRjTdIucAm3RdMFmV9DtOHp0VarlJgbVrOLm8js1w3OQyMm13betyIl+"
    "1qkXRkTbZiG1N38YoSsCG+9X5kgS537ONBIJ7dakTHN1mPcg6T7KyW9GgXSGjL0CkDeVwL"
    "4pAfuGUHfEI/kJS3qHekQ/IZ3e1TKYL61gvXFli5ah33hhi1A6rC7xJSh4s0hizvsa0p0a"
    "CZJ2GGzYMgnDPwjcKI4bC4dfLmbsXUdWNu/PdDGrb+HtV7hsi6+9Blfu+46s3MjK90jXvi"
    "1FxaB+wstkcUNsHdHZPNCMNa7XEGiWUOj8YHBnC/dntjELTevjeL4OLoiiAPNGO5nlgSt2"
    "XKTRPerCUHbp8RX6mUUFmHDfMVd9FXDfMSGc7law9sAUXrZIHxL++U/PdKHxz38K0PF/Eq"
    "mJ2ZmzVSkhHv3UwNfhz9JDg3K1xcMnVI4VXlocP7tEaXEHhr4VmgsqJmLwburuXUQQQfyt"
    "Ryt9REQ85bPNvOX1OZvSi9MXW1UDWYqI41ohtfIQ7XFucuVhpo5BXDmxMrW6jhfn5LVPad"
    "CtVPv0jUKqEnnDJO0knVZcopf4mbm7w0hem7NLx2ipBO89/guQCvGWxPcfSNjL3a29aqTn"
    "AJs2SipJwxzE9VvIdejsDfVVoYU5S8egO6KRcKm96jgvFrqcaEv65ggZRLyRrENcK4EqXy"
    "UmaEfwA1PZKlGORtVVH43npSKPnuQ8HOJi4RBrFRpAVwxrA0mpcIWCdY6OB/VkoTUsDZe+"
    "O8l+mqXlZtQ2m1H9YjoO0GxApUFlyNiLqW1ECPJRM1THVRwX7OncfnlahuJsL1zB3IfRP/"
    "9PiE7JEfMDrs0HHA8+K9583QxD4sFnf0WuFwWfJbn+aKumtqVzXKZoGLpSm3JbBnjV4Fi7"
    "iyfqFr5VvWqphUXd8y5Z60UnWc5oQiRFD71rwz/8YQP0XgePrcIQSUJHlDPhmtnWM9SBvQ"
    "hmYxWsVMPCMyHLtklkBa9Gfdue/QxeZfMZumr4hfMO7uyYq1Ivtz9agenhFYJvHQSOAX70"
    "HCAY0Hz6b8FC8oGgCtjLIVhrAbqO4C8THCX7BPYuKeb2tEm4O71d7nTmS5IMFuLyVtAc1V"
    "2Zk9kCzRFkINBaiD5VsA99KrQOfcrbhniL0QvmovGkP570x81r55vXutUaj7P5RDbzNmls"
    "81ezdnsD/zLKdIoMGbefEcoM8ESVhpBF8wKs2eJmttRZlDlahtbuBdypJRZinnzRozATly"
    "VfHAzFBcu+Bojl9GzdWu9VQc7v9go4x5dbHQs5ORebGGdlAWqXB5WtNWnGdvbou5FiLkPS"
    "qQmWFvqnQi0J34A6T8zIBq/+PMk0HeNQaJhOInXULJ1kVAWjtCmopvMC7CvhBbpb4WWrug"
    "J0se1YfbQ8V9CsPQQ6ruywtmzBBnvLdhE2wuOrsLEtb08wUdcyZZXaEJlDPfjUWBVCb9KV"
    "g+BGbW7U7qRR29HQRZkHfrFTDaM4lTwiYknpue5//BCvavyibEEvxuJoROr6siNnjC/B78"
    "UKekTCQoxumclF+mWZsrbkEmVii8toOvkcDc9mz2QQ36qmCQgh8NWOjgR5q0+Pu7k4GXy5"
    "FYKQlZU5+zKd4M4u6BuDlTmdoLWIXlqmAfHr8fROxlX9d9YjxHX9F9LoHk09/yYP0LsOMN"
    "aKA+xnqKFn0liUR7cC2KnQWJnfJcQQdE69AISMizsCLJfSHDcEcMPawW/fD6Cg43VJMnFE"
    "wMIGazw9Ki0J0diSM6SXcRhcUghiyZ7MIzGbsCRzIz030ncNWW6kb0fO0yEokG6N5+jqWe"
    "WdNzdwBwh3gHQHZO4AucBCruYAyYvJNcDLk2noPEukezHPhshxVJEJpGD9Tt2L1U+TjExQ"
    "hSNn5UoscQUaghtqGVamKXY+RbVreMW/TolXVyXeHC3MYKscvR2OZy48/rpfpdZfv7jWX5"
    "93Q71s4TkeFV+Mfjfz0mvoSU6QuM9Mx2RQ2k5to7C9yHkgYdnhUDu4Y7vlTTJWE4gVyGJV"
    "ajFjiayxUsy/xQJf4Jfj/e3ftDbzZZ2pLXPoNe1M9TcS1bpNUHBnxXFDLrlOKrVxJlJSOw"
    "ZuVWtAYlE1G/NLe1vZqumEhl3SdZV4XH5fZQbWfF+pmmZ5we6zwRrYAK+l7LWVCyl9tKyn"
    "QBv4B+45Fk6Sf0h13/G2Y/V634ovxgOHckwoVwNThAxqgR3R+ioFwai7aGOnOTy2zPDuyL"
    "H3QJLlLdDgTjV+Ggb/s8XZoTSQx+Loh/67q36m7PPkYSyhSyR8lA3asPFpSVfJIUFzOaNV"
    "bzD5tXcRKfO6ikWw2CCYb0xhgwJHa7UQ2NQEbbYS9gZzaSjjIHob6NBdmUPpDr/UwSP0N+"
    "Qbh9LzUOQKocjicnwrqO4O0U0XiMpy8kHH6ZDkNoYga4gNG8umO9cSNG1m8InH2k0VW/xN"
    "sSn+Jm+JxxctsPeq7dIBnaFjL+q7X8nx0S9xfPTzjo/kN6NAO0PGHtg3lcC+KQH7Jg/2QY"
    "+kgDpFxB7QTbR6SercFS1waSJuhOOx2G9n3kxYns60cIqHmToGcVUjZ3rfVgme5EHAtQcB"
    "1147QjWATVj/9IUjxGiibl2RddWLWNoQPRhYdqTsE+3tmTFX5UZ3PBp9s9Two1Uj/IbAAv"
    "o9a2jvgC5YthBOgV6oguNtNsDBf0f6Ev696IfjKg/YWJsvGlHLjDyCsGV+6Yhryt62dI+2"
    "ezCBmD2B+X2/UvxbvyT+rZ/TTA7YQcfxqPQTAil7oDeie/uHl07WB+8NSy3MG02SZbBeY7"
    "ruoV3mhJg+3I0kYTaXBvJCDruuxv4k/2HaNTGXxFEGaf8iU56B7VDaOXKE7C3tBkpMR/cw"
    "QYIra7eaortgx9W3Wdc1dlxFopdFUGiKl3VMwKBJmpdM58HhdbSqi/QGSnNXmoqbu1pWL4"
    "NFbMtS3t8oVbhtMDeYK1zsFT4d4UFiTlaRTh+UrYpQFYENtW2PYCwLn1yVmcjUwxie29ql"
    "c/SqxDJ1gu54rtbYtp19gUbseFNRIBwOZxDdZpJcLdMl1in922I6KbQ1ueQ6pTrUXOH/BA"
    "M6HZYHSOBiMFIqSq5gabY26VVa98AT3JHEskteZn/+fzEblmQ="
)
