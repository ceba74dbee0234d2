"""Migration 0_20261205073753_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "customer_id" INT,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_custome_356c76" ON "audit_event" ("customer_id");
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
    "code" VARCHAR(100) NOT NULL UNIQUE,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "product_zh" VARCHAR(120) NOT NULL,
    "issue_zh" VARCHAR(200) NOT NULL,
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
    "customer_id" INT,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_custome_356c76" ON "audit_event" ("customer_id");
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
    "code" VARCHAR(100) NOT NULL UNIQUE,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "product_zh" VARCHAR(120) NOT NULL,
    "issue_zh" VARCHAR(200) NOT NULL,
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
    "eJztXWlz4za2/SssfZlMlZPqluPufp5XU0VLtJvT2kqSu5OJphiKgiSMKVLDxY7zJv/9Ad"
    "zEBaQIiZRJBF/SMYkLSQfbxV3O/b/OzlwB3f5B1DTTNZzOrfB/HUPdAfQ/6VdXQkfd7w8v"
    "8ANHXepeWzXWaGk7lqrhvtaqbgP0aAVszYJ7B5oGemq4uo4fmhpqCI3N4ZFrwP+4QHHMDX"
    "C2wEIvfvkXegyNFfgN2OGf+ydlDYG+SnxZuMKf7T1XnNe990w2nHuvIf60paKZurszDo33"
    "r87WNKLW0P/6G2AAS3UA7t6xXPz18bcLfmj4i/xvemjif8WYzAqsVVd3Yj93qRyedRRlNJ"
    "4rM2muKB0KgDTTwOCir2p7v36Dv8L33fc/fvzx0/WHHz+hJt7XjJ58/MP/6AMwvqAHz2je"
    "+cN7rzqq38LD+ACq4e6WaBgywPa2qkVG9iCRQhd97TS6IZbNhXen/qbowNg4W/Tn9Y8FWH"
    "4Vp73P4vS76x//ij/QRAvAXxij4E3Xe4XhPsCruZYFDO2VBuC4TDUQhw8OGB+WbQRob/Rz"
    "5zIolwE5H+M0xEtVVw0NZBEemgZ4JUMck0khvAIa3Kn6D33/37rQflcT0gXQ9qWePBQH33"
    "XfXXU9dO3/6NDx0X0cSlO5F7xKzWALrKCj6HAHHSqM04JnAx3sC1Q417h1VA+1uUcArBT0"
    "NTI49xEsZJgTQmmMkZQDd+AH/D91TeU3glicS+mZqps2NXwJoTPha9EEzaJnO6rj2uRzSk"
    "JnvgefjD4g3DgTMB6kL3hiIQ0UPgPKQ6sj9ubyV+lW8KUXRn88HYqj+a2wMq2dajgL4346"
    "/qc0Qh9pmb8DY2H0BuOZ1L8V/LnSOeHIe/+hxJn3/kPuoYdfpRUL2zF3wFKotOKU1HH1uA"
    "WbRDUa8gHZvWWuXM2hAzYpxHENcMV3ufUT8eIRTsUsyPemBeDG+BIoFvE9JwVscH3txbpq"
    "Gch/hBMpfHo4Riz1JboEpxcuwgD9cuCrFFNpNkcqBcKbMI0rgHdy6IlRdJOrNwdcPJeXqv"
    "b0olorJW9Sm7u97n98Bve7QPb+yxToqvdT8md02E9rtY4M5onJiR4DbEBCfZ+JlHzoiVGs"
    "0BvDrgSr+aEnhhaztzDNrhlbkImlmn216+7ST1RD3Xg/CX82/qTQMqoDi2wy9V5cFRpMoy"
    "bcXNompeWqwFxqa+j0JJypuqnmIBtJpMBdY5H2LkPirXL8eDeQhMlU6skzeTzCn7J7tf+j"
    "H14mjSFTSRyktG8LqDZxo/vHbDwiIxwTSV/goeYI/xV0aNeGdOd/167hbanC0oW6Aw37B/"
    "x5f6/LllqAP4bIw9wOMA8vkN8NxZ/Sd0t0qb3zIDNtZ2N5vXgd3LXMLpDZXTyLGK1RYDzB"
    "F34suTCkWU8ciHN840eNVB1/vYXRl2dDeebZAVbQ3kHbxk97aFLK06FnHTCNNbR2TTEQWO"
    "AZghc6105c5qTxaph+lcT4Qxnvzod8786HjHfHx0vxN6As0HPwW86hkBFkAe0CdOfST/Pi"
    "nSk6Jwbj0UPYPL1dZTwTGBtFJVxy+4HpNtc1EZMssvri/6lpn6pz3qPftxob+msnuk/kjo"
    "w8RDdccThJDA+2D+M33eQRHjz9Lr0PRZ0I3+T5ZwH/KfxzPJLS50vUbv5PbKzoqK5jKob5"
    "oqirGETh0xBG0rZ2yqinRCsY9hYtwAYNc4hJ4TgHfpkT1nZckI9xo8eY+zBq8mHEbEZEcO"
    "/gJhffrGw1EDfBLvA/3e719cfuu+sPn25+/Pjx5tO7COnsqyLI7+QHjHpi6XCXB80OVpHL"
    "I98qnzULEtdHdjDGBpib6D8lh+JMq+qbLouyY5HdE8oMx3mWV3cFHekZ5ESsHt5eFdpgcT"
    "sFRA0bY4kt2oEZM8ZeYNO9KjDZmpoXUHmKLpkSZe+iyJI2iZa1SWXtigQuZpq8mKnrffdT"
    "GXti91O+QRG/+yMNMPG8LESY7JBkAOLqrYnojIIOVaT4QeJyUXetB5h4ITqGMfkmVJWZlq"
    "VZ7HeE/6Jy4qXEuCOvckfeCjgq1KkGJSZy1oC0x4ZWC/JvZ+dq2NZTsZXLAuhX2eRI3SIn"
    "Z1yKBcdb3Vu6pkN0CmJdHE3ynFCAPGN8WpLjfRzvvQWela1qb2mgTghxdbAEzLQIVwtug9"
    "Jeq4E2Y/imMc1WaTdEo2PB371Y2B561iGaD9ONroqtiLHmaEYE7RtjTPyzWBJrC+vEQ0q9"
    "4yaE+KZQVo2g09YSQvxYKxWUtoIW0BzFtSCdXpyUYxDsm3fvSqCNWuXC7b1LBchq5p4QEp"
    "4PdCRwwVTZuowYSXy7Nzcl8EWtcvH13iXxNUwiu0MBQYlJ9te231pXC77eMaZtVR1/DBXQ"
    "WUkG94xaXClJ5JQd0gJNumMxrwMGR6AM/vnoZ91YSJlXQndtead8QoyloLOLuOdj8O8ITt"
    "p8E3TQnPsDKrdK28C28XX2CVD5HFNi3J5XwiWm7qBOBfJBgj18r8ukOl3npzpdZ1KdwG97"
    "dHOxTwjwSUry+J4mx/e4p+UDuDwboB3jazvqek3nIo2LsKSS1cW54+GVxZc6+nyG+xmCkA"
    "e0ZSCXDXqOz65EuHNPnPXEvkQXfF6dh+POQqOz7RDcGsGbqyJfxvLQhvsv2rSur474L2jN"
    "B0x6LarPo/f+pYA2bM+gIeZ9KfP5+wLz+fus+Rz/qwCqsOKYCEe5HMoaZWSxxm5c8U05H1"
    "CBC4hAkdwiIoLLQs8WEwFFjEs2/PNcTkD2Uj4Tq4hzApbHyo+KOBOmMY6C6nk9MQpTzn2X"
    "BiS6q24rQXKtZ/CqoI1xj9qRsjao8PJ6mwadMQRZnTf6A90r4VKf4ILNv9driWZ1Xu1/ib"
    "G6rVBTpLygFr90VNuGGwN4gx608J47QN0FZpT441R+gwU0AJ99Xehf3HpwUevBVjUMoJPv"
    "B8c5/mLiTb4udO6m4qj3+VbwLWALY/IZKYa3wh59Y7AwxqOBjP80DR3iv4fjO3mA/t6ZS6"
    "ijv2fS4B51Pf0q99BTG+hrxQbWM9TQO2koyoNbAexUqC+MbxK6KMxvhReAkHEWxkCaz6Xp"
    "raADx/FPkbe3atjgGVi5d8ISvI4x+UYP+mD8DSFvvqABlfry4xANKFhBd7cwPssPaDJs4Q"
    "ZNhd5Unss9EY0hknWg5tejeeNAlfgvyQxTPrdgSqzJo1OJn6sOasGmk54SwlXC87NDuUCm"
    "Uk+Sv2IC07CHhSH2vozG3wZS/wE/RyoOugPrYLXB7+TRV3Rzlh/EuTx6uBWg8QxsB26QWm"
    "hs8rhTp9JsPAg+wzZ17zOSRVVwG8zB6rfxaxo1Y6eMazVlrWdxGfYCOOoIWT/ofhmYj5E6"
    "JkQZNKG1xGRWyscf30pOGGyCOI/paPJ4h9v9SQs7IcrHucnjzNla2R/jSJ87Jc4yJctHus"
    "kjHSrgJ+3aCVE+zk0eZ6ROKYEBl14Ri0lypbvRwxxoUicOdVaaD3ejh/u0Ya50ePmeXd+e"
    "7SgWtJ9O2bMTknyUmzzKSwuo2vYkDSwlyse5yeNsuo5m5sUXH3c0xMQbbGbuDBF6c3H6sz"
    "KVBrJ0j32qBnBUCwed6BCsF8ZoPFIyrQz0ezItpZ8mA3EkzuXx6FYAv+111fAiUnAfMcmg"
    "/SkuhG4Z83Y337zdzZq3TdNRNNW1CQNdUCMsIdXg8W2sF88CHu2gou5M1yBspEM0uV7ztN"
    "60aHojBRrcqfoPff9fpgajL/XkoTj4rvvuquthf6jYOXocSlO5F7wiw+1x5hsaVbw5SfaC"
    "ztPe6OdOTTinkp/L5D7npz5nIcfmFoQjcX7nBkalxS6XO/muLpQrppa1TdfKYx0qEQAQSV"
    "9wDu9Uww3iVmjOZnH0iONefOmFIQ8n4+n8VoC7vWk5C0OcyLeCuoennKTVO+PRYQksQ9XR"
    "8U6I6y0gcU/JVXKaNijt7bpbZl/p5m8smc08zExZ0qUNJaSYCD2qnRWRJw/9SZKHEmQW+9"
    "WJo56U5KPelFEn3PczqRbPwLKJ0Zy5mlpM4nJK2vuWKGmq5mmwdJwhSaGaqipcdsFUDKuG"
    "fvnGtMiFcvLLVSSlOB0LCVle8LYmZPeWuXI1yq0gKcS3AkId4UPqVklMYxIcUF4RuBTIZQ"
    "mZylUEJh1lVeAb5lf2Yn2yCnTyLC8BdLCVVoDz5NBTu7aKsuAmT50S2AYaawXYioee2MQ2"
    "qdyXwBYfVxUAOw+6YRPV2JlOXYU9Zrt9Pp+yItqEo9LfjOzAJEYGaDxDR62AD8XnZJCj7t"
    "iZqZzI4jzIUBfqBqBGFq78cv5Mm3v99aLuWFqhFyEAiZTLIiKQuAZaghBEiWvBR5lBOqLg"
    "vJjf62i71gVH/c00zN3rlRBoLYKzBYYAbRvPddMAgmW+CHtgCXsVWj+knYTn9LUwFsavvw"
    "ZNf/1VUI2V8OuvXmv8lwWwuCAZGx3aWwHNJvT7he/ws9795O4v9pWwNi0BOrYQ/HwI7L/+"
    "Ldan8vs22a3/wOthCw1gA/yl7B/Qa0yXiV4hLeDV9hrYaGSEF/z11YXhfTb6HYIFXkxrBV"
    "ZXgm2iP7AD1fY+wMRMKoL9ajtgh7+Pgd6u0RPHFNTw670Ky1f0dT0MCRwsv8RVbO/r+iwp"
    "nHL1rUhTOOVqjXyVuffJogKokQiDjuf33VIodwtQ7mZQ9vcRCowjAQYR7paax92CedzNnc"
    "foaDlhKgdSDGJd32ymRDouwyDOtcxppEptYA5hc4mY9Uj6grFxS9V46tAh3sFq5K2grffL"
    "hXEnjr7cClEvb1zADF2tnknVy0xTB6qR5/YOhVKwL5FUXbiHSsllw5fvxuOBF/oRBoTcye"
    "lg8cfhnYT2l1RwM8Fhy4OzGAvTqZbZObxiV2XWbOE84HamNtqZfPt5kZEpsrCXsTCBqPFR"
    "89LYAAJmDN0AARrY/BF28hdb2ELbMa3XW+Fla1559hX8X9XxjCgv29esgens3srQ3R5+p2"
    "8cCQlvU/5of6tH/09HX1tUdJQxY8xFSo3mm2ye0I8/VW0NZZt8SejcywNMoLiGOmZUnE/F"
    "0Uz2MyXRWBg29BMlxdlMfhgNpdH8VvCZCndo9WIGxh46fB/GU3kW0EEGhlOPn7E3HvoiaD"
    "XsgtX+9gkha8vcKeexdaa6aHCiJefqPDIbkE533lxIdMBnQntnAlJBTEJUXQFlayjQ5A2+"
    "MUlLp7CPMHoPbsm9l5Ceks1KQld6m45s/CDR4N2ykrGsg6DAv7kQTitcrz3HrnQQSS8mqD"
    "nCfwVco742O+r/rl3Du3ALSxfq6PCwf8Af+3dK22oVA4IhKh6QNPapBYM7SA9ISxK0Gu82"
    "J5jIKHNeUmIcW55O9IZpGnH7bFV5BC2EuXT+QGr1lsnU4JkwlWfC5Lsw6rUxGzYwnCnQTC"
    "tp/SQ2uCq2MHtNFevQtt7KZunN0bWQyuDNNf8rBPXJsPU39s5nLfJXtKUaeLrxEmYXjcaL"
    "DcYpdp+YeJPv/52hOP0i+SacnWo9Ad98g+6OojJDqq/3wsPIRj/be9ebSn15rvQ+S70vuL"
    "oVWEFH0bZAe1oYk+n4Xh54QnvLXEMdj2C54ayZfSZcRZnhLIxxiEldMMjhbe6jVQY58PJ/"
    "x8v/JUv8TcQJrui3V/fAShf8a4YBNH5cZQb2aEmluOhlbHaXPIzYMtkFg0VH1JUSa/LCPT"
    "nEtEzYHWpVEGKaCb0Dv+0hGjyFZCLCi4oMdlKqaD0xZTLF6yNjsYgUZYpzPSbFgxcpznVu"
    "HuIsHtx2QWW78O5Hom0D297lRcil21wVWjD8G5eabH5RI0YsFJlbJS5qlYDG3iXFBue79w"
    "4S3LtXuXfPW55KfhQgeUiSUgxqytWHh/iQ5TpTj2Gd71NlAe4agp10HKXpbAlMNgUBT3Eh"
    "BmGu3ii5t8yluoRI4Sbxiemmmk8zGJdLYb3Ggi1Eu+jiN368G0jCZCr15JkcbOSR1cR7mb"
    "y7TCVxkLUA0+XXRwIMzuUyUzl/JmcnsklOWconyowE+HWQcNFee8GjVHpeTKQZih7+PGYU"
    "PWzdxEkK2MCpwx2krf1DkD67/E/TFkHR/n1a/Z9T6v7wej9U9X7Oy244M7XhNKj3aCGFfm"
    "UKb91EGvV9z7QvvzDwrOzjTAO89lZNSTTgdVJ4nZQ3dmcylonPXRjchcFdGKRBwgcf2aIW"
    "cieMDTA30X9KUE54fol+rMdW+p3J9AnUHp8Ih1x/Txypo96e+EDV6uvh7pxLunPy1185/T"
    "su32SdryNOJtPxVwkXftxb5jPAeb79x56Es3xXrgY8ZdyPl0O/CQfMNUMZD77uKZf+rCi/"
    "8R+98V88X7RFkNaSMBpcfSlvm0kpJoCv+7YZQkZ/20xKMpjwzvB10wbot6Kh888CKv4Igi"
    "gLGfF1r7MkbKesN3IPFay7ho1ES5ZZqaB1A4CVrfgjR7jMFsUCp0UvGBAcPWltRPAhCpGy"
    "ZmparhqTWusvixmDGo3JhzQs2TEJLTpljW+E4NRWDUtZE1xmSpYxwp0XGxzaNUk2opjNs8"
    "A6FG/FzUJtWulXBWahyBpsmFQ+wKQYc3VBSlH8FzD8Zwn+mefvlEd9+avcfxQHmKJvBZ/h"
    "ylV1zL05nYynSHPD7JvW3rSCVLG3t7it0acq3h8UMz8h1OQBOXnm11B1Ya3uoP5Kj3VSjL"
    "07aS3lhzbwGRjUWCelONSloMb/KthbSZUokJRiD+pathAPtCdAZTuOy9S1Vb+djvJjKZh/"
    "LID5R8LmgUNHc4yHxxWVg/QFg/RcA5MFGx1KfWUoehQZKibIuJf8v9bA//txhNmIR7dCvO"
    "8311eW0HK2Sphqn7UzkhdBUurPnMBveGElKjkHpmgXSYhdNNKXclI3I0UDBqieuInExBt8"
    "NmIzjdyXRnNF9knG4cq352CCndkMXXnmmGPHtnEl1YXx+YsyFHviWJlI06GMXm2flJ2qqa"
    "ayB9YOohZzUf4mjqL3jgpfVCN6Oxv3ZHGghIxY4z7arWxTg6quhLxY5gpTAc0/Y3Ifr2jr"
    "KbtWt4yXpJvvJelmvCRoONGQL+k8UgmhBs+CUxfczU0ZmG9u8nHG73KAVrzfeBLcB9GaQH"
    "87dal6/5+pae4+ClUsi3VSir25XctFC+z2uvlKt4fEZdiDuZZLFg6Qo57QCSH2gL4pg/NN"
    "Psw3GZR3qgUddHCflxCV7aX5d66ZPHrA9ywbwY/vWUNxOpVxWhT6MRbENVn68tfxtOdlSs"
    "Fn09Lws29yf/wNP3qBK/MFP5lJE3Hq13yxwV61/Jovzby1+SSMikfVSLOs0nLsraxatKA4"
    "bPSKEFma60JHdSGPW5TudA4E2JvXN+/LXKhRq/wz433mUu3hRT+hU2J8Jh+dyepqhW7zhG"
    "M5PzA8JsLCbL50YDjPvc/O64pz71XDcFW8D2gmyS1YlFuSljw7taQ9s/3EzBIc3kWiqClC"
    "ORLh8B6DV4c+IRUkFR8rwDglx4E+BnQbCTss094DzaG9mE6m49lE6s29YhJeD7gk6Vz28g"
    "g1B+I0wv54OhRxEeGVae1UXHQ4WVC0GdfNp1ftTMNCsoc2sq18RVP63rMrPAMLrj3DgvTT"
    "RJ56RWI9QnOv/Os/0Ij75V//jUa8KSPoqBsqOq6wPefiKtZMT+Di8sNcFdVBX2vpOpTVLk"
    "nCzRgkpphxrYAvwt7CveJHwFP5CfLkWbjK1Z4CZ7qWdrKn/yB9wVMGjbDr63d00UIjL7LZ"
    "l14Y8tD38MOd798XJzJmHIDNOEI439SfMAHY3a9OHPSkJB/0hgw6IR01+PatK/r8vq6RrZ"
    "gNV7W0LTwtlzslypO4m7Nqsnslgt0+aZQTgnyMmzzGfq1EumTxhAznXjzOvegDlkWYmnnx"
    "LuqoZQCXTfpOTC1q1sXYEaVppkukwA+JFO+/HKdQFP1eGMI7eY7rwDobItwHqwBFVe7PBK"
    "kX9sM8UAp4BtXBJT2fSHDRDsy8yvdnY+X1MvWqvTILVbrE3rmgVcCh0gbcIqOtYrqkkqw0"
    "kAVcFvGWbENGSlfmiGURw5c91wKKBdB3ts9dmpLf29TvjFXM0GOAuYHwRDsPL/nQE6tgYV"
    "c76sqtYOP/8qr1g55YRSuqbaRWMLumic5YhcwGG49mbAdwdh/2cJ4J28zvcBj1xyxyrvUM"
    "XtFR+QydKubbzOtPjrpjHDcL2Husv1eC2jTojFXM0BvDruTMnB96YgmsLAFlATVijHYKqI"
    "5rFc1Bipojgc57H+uzlbb94qn4rOouIZ7jdLy+hh0yAtaJxJvRtCkg4IxPreNEnEp8dnNG"
    "zlY5VK6EfEZO1VbMNdktmZc7EAicye3T0NOgJLkPWn4UkzFofZKHr2E7VdUhEA4wsM1jZx"
    "rOlqbOckaOg0uotgwt21HMPQIBqS0EM1z+MieI/pnJvPaWuXI1x1a2AVglp2lG7nJe/nct"
    "maRbdKKswN60SWWoCgscpCR5fQOK+gYYO7x6z4A+Lc7xp8Q/pFJTLdrSHgRpjj4l+rqpkh"
    "xTx2APxTjelHjvTMvZEPXmo5jHRTnulLi/AFV3CDFzR1E/CHLMKTGHhu1aYQQiJewJWY48"
    "BfKBLqIsVZ2M/T3avHMUdYJsCvs1Fm6bsl50yxk/3g0kYTKVevJMDjIlo5Bq72US8KkkDl"
    "KI+1vESYBnRTneR/EOdL5T8M6KcryP4n2EyKYA7mNENmXRbpHVpAK8fbjQJD29elGqi+az"
    "VKZ5JBfGYPztVtDNF+//pKkylPt9zGOJHgFL2cHVymOzDJ6Gfz9OJrG27n4fa/tZfvh8K2"
    "zhxlPn3j5j2AIaptNSVuorjdE3LcZtvlklSFdtR4m5+E/IOsvpguefNTn/bO2FjRJ57XLX"
    "U0KGW6bTS2lnGsBRLQKiBQd/XIhrWMdvEOg3oYlOeRCkpC43da8/3LRk8q7gxifsRloT5V"
    "U4Lcmn8dFpHKRb0oOdFuRYH78Eb9HlCuhIuSVwExcQZCXFODVWQrOphL+sIMszdytPCnEl"
    "JL2PY3zcE9mVkqLsMe2wpL8HifbKTrWeCF4DuMmPLktJMrOG/qfbvb7+2H13/eHTzY8fP9"
    "58ehctpuyrolV1Jz/ghZUYW0IoWuzGSz8KJGk+EqeNRBR0TBXym5KqBvzWB/9m2FTyWT+y"
    "eQ/ZIcmORxikX5J5pRfrqFWDUZZ5JTUNE9wrPXHWE/tSinolm2tyQsh/lCNREPIfz6MoEf"
    "JvxZvzkP82rforIT/k/wme7l0JZS/nVqEHujObjB9nuO7X3nRtgCukTqWRVx/VAphI/TN+"
    "/Xk86CtDCYcW3Apb3HBrIjj81NWF8fAoTsXRfIxeblwVne2OiZ5Kw8lg/DOWCMv94Rpi6D"
    "LrNVxBC2heuxm6SXmfgJt6d3vcOW59J42ke9mrrjr+NsKvlwi0NfRqq5ovxml1VK/LlAC6"
    "zq8AdE1i47cc6qjxpNSfOWA8ZLZd0tWZSUg1eZGV382SrsTupzK+xO6nfGciftdm/uHLot"
    "9OLtoyBMQAIXoSp2ZMjrs0m2wS8UeKbgeNy7BHqV/L9unz4tPdtRMynLmUZE1SLXTfoUM1"
    "IcNRPc4Hm1cQgpoP9hyrRDN2/KN2icSSzWGEzU5gjm0ZbBMLl5ptl4pv5ETzkE+MUWAbip"
    "gzShiGItoObhVq1U56VWAV4kQQJ93zw5BUWzNJkR+znarrR+NZI2GWzvzr7scP0STFfxTN"
    "z9lQHAwIBAZhgOJp+BLEOcLkGMfTAM5Kc3xT+8N6R3N9DZozaPmrp8T0DileJH7h45k5B8"
    "lLhty1NzVHh2vvWFdyONsKEM+KcsjLQO7AvNKSxx11oWyTd5LOZCDO5dHj8FbYY08z+lEL"
    "42E86N8KG1NfLYyZPPjqedCg/uw5z6bj0T+lW2Fpmcbv4BRHWfWpTCsL4hpn2XHKj0SNif"
    "Ao1IQxuoooVO/iquRWqss/ezOCTV47J57C1ddkbVt8alMOiNZ5Y3hQHg/Ka9xgNDQoL1V8"
    "g2B2zZbnyLe7pgqDcMNr69b7VYHhdWOZ7ukBeQfpJmsrHXw89afit5HSG49mXjTeC3S2K7"
    "RIDSUo4LUwRmNlMB49SFNlJEl9Cd0DDFPRTWODFq4BwAqgO8H47h9Sb45uVLeCufw38DTZ"
    "hfE4Gojf7h8HymQ67kmzmTx6wIQKuvqydnVlb5kasG00ygtjID3g2Lu7gfwg+t3oYINj75"
    "Y63EThrm8fgGeBNbAAkeWlwHwUF2ryhDg1/uHduzL3t3fv8i9w+F0m1NFxCRe4cgvwIF0X"
    "3pnNrrMHxgqDRrkIJ9Ko7y2MQH5hiBO0Xr7ihYZOH8t8xgtsKuEFhp9ZAK8v/CxavrFl24"
    "zrd/BTlNO00xzpSnhFGDi04ruRp3pQh2Ol5Vjck+qIyTrgRn+tTsuyl/fJcFTrCmiQPuox"
    "KcXjHkutsRA0+hWWlORBxE02W+GxwgZddHtWbZJBeA5+y+UEzYiysLSKRlf6aV5skI8GF1"
    "/UwuZpK31js3nfelOrNxo23xzIYzbpTIJvHbUp7/am5fzDXHYIpsPDy6siqyH0min/Dtod"
    "Mxhik7Gwsl4FyzUE0xJwvVLoCOZaUIU11MHfBOjY6EqIOxVwNqMt7FT7CawEz6tvCybSx3"
    "5IXwqr65WbLZtltgSGAx3K1JxQ4oKkrPE98QJBTpWbAfEiUbw/KJBOCDF45e7e3JTAGbXK"
    "Bdp7R0Da3qrdmw/UWB/ELmYEbHHIADoPFHQeZFEurI0Qk7pgVYS30cMrLIrQdOt2Je6l6e"
    "No5Fm20QQxPMt277PU+4KN2NoWaE/Yht0bD4fy3DNs+1qI41u77x9nvrF77dr4yb0oD/CD"
    "tYpW9qoZVm7HxISclvlCVSIxIcQMF1V1zHpB8j8lrGkxDmwaWPAbtB3sVqFENiPHoU1Du7"
    "dM9Ct3isf4R+PoSstxaDOEye5ehxr68dTgEiQ5vFkPIr7jZ1HND5M+SPAo6WKj7ClcvZyf"
    "iPMTNQB9dj25a2hAe3vSsKdEuYOxyQ5GB1MB4sOfjuolKcUrGR31boWIVeDd8j0o81iH7U"
    "K6NC1JcpIlXFzoOwijx8GgyMWVoDkwrRXhMncXCN5/iZPLFsE+9bpq4VmVh/of9XsCA8xy"
    "nYEHTI/6A61D06MuwfkWCD5tkBBFFnu+O0PwewMrAd3VBWerOsJWtQXDFOQ++gmYQxU3xM"
    "4988XIugUr63lhLAwR9fG9Lyago3NlIzGAxf9i4783wNqjz0X9oM9Bn7ASdKA+A79V6B8S"
    "VN00QB2exiLSeMacjRehic93ScbGms6DkxCr5lbztsNRd85nGDphmFS3x6QYg9fHbpn0hG"
    "5+dkI3k5zwb3NJp1geBHjI1HGlMoiOqUSfDCJyWgZwWV3yMK8aGCkVqfK5GlJc2T+qI8Wv"
    "Gse1JFGwkTqxEvw1KOxQ9wjwWy++Cekc6gppF9//XfB+0BVqtQKe6dK+EoLBRP9ner3ZWU"
    "Wp6s55GFWzwqhoQ3uqjeppkJZSS2ofD1K7SJCaDx8VB05MhHt3qvfuoHNA8c4BujGJS/Fh"
    "qXxYwiOZZlDiMnxIKh+SQDeiGZGYCB+Q6rcu7pjmjukGoM+uY9rdr04c9aQkH/WmjDrBTx"
    "05pkrSjCVMYpX4+cqZw1riWa3Xx2c4wPJLB3dIBqzY66tC61WqYZ0cYb9k8ic1zbWsaHNA"
    "D//F3WSNdJNpW9UwgE5Wr46nhMTEm6xnde6m4qj3GZMFo5+xXRiTz2hjvRX26BuDhTEeDW"
    "T8p2noEP89HN/JA/T3zlxCHf09kwb3qOvpV7mHK4kCfa3YwHqGGsBVQEV5gEuAqlBfGN8k"
    "pF9hPjOAkHEwwdh8jkmLdeA4p1XzrIGk2KtMmsuHe3zQEx00etjl0d34cdS/FaCxxNR4aK"
    "gf58Ej03WWIV0e7aCUUb/zle+M6r13LXTAU5l+YyJNHoEm2X9td7dTLcJNMp/0IybCBMqX"
    "ZvtAG8iaUEcof1pHAjVxq7AUeJFSsmjubilRBi9v7b2sZe/oeYUNS2btRtIXdGKh642r6p"
    "RmyM5QHD2KSJnypReGPJyMp0ib8j3xmKFSxuSUsBl6lB88eQILYkKMiXOl9hgzbptkzEpV"
    "xjapal4KJV3IW1KIp1Jkky/9OzAdqgkZDiqBP4Dz2tWX5b5yNcpdICnEJyynC6S5NVREF5"
    "jddCtA9y7qqF3ztyy0iZOmBLDBeV8BsuKhJzahTapGJbANdtEKsJ0cemIT2+SBQx0VH7dS"
    "Ws/gVYHGM3TUnHAkGv/rzOtPjrpjZwhSxl0PNnT52OMCMpWANg06YwiyOj3XX161vqm5O+"
    "B9XMZzHX99VeS5fnrVlFW85UVd1wHJHZ2/+s/irK4t88ECVG6CoDlzeQ/VR+Ojb+DjQ0S3"
    "hK83Jt9kUyU+ZeW+NJorssffaMMV8FSdhTERZzPfjrxXbdu3JH/+ogzFnjhWJtJ0KKNX2y"
    "dlp2qqqeyBtYOoxVyUv4mj6L2jwhfViN7ej6eS/DBSok8N2619zUiJvkEocfc4k0fSbKYM"
    "5J40wnEES9eGBrBtRYcaTnlfGOP5ZxwsYHp7VSOmj59jT7M0DxJNni4nrs9auIZ9xBTvB9"
    "IjfZDjbMPHHQnQtl2vxhe+CJFiAfLhJoiyOMPLzO/82U3CGyC9khBrhP02+UhHQkUum9Yq"
    "5iR0scclw526h+ggoYQvKVU7fm9Q4bckfO1ju66umONXaSrfy5i6+hlYEP1+j956Lk99em"
    "sHzZCG0FmH34/SjZ4SY6EW0wWSfCLU6D3pKVHOQ9jkkKFghVOHpsSl+JIqWZ3TB+2U2pxx"
    "Sb6g2rCg8goHHl9UbNUNTFNdleO6KiK7ysRr8+RfnvzbBPTZDbBDKp1NzAPK9WfEJC4XrP"
    "S+rpHlMWANRpYHK100WOltGPvGoutsezrM8RnHX18V+YxNtM9tFe3Qsk6fMXcNX9I17A8q"
    "cU8t0ALjQsy5iav3i7wt8+Bbn1YXyD0FSE92lK1qE2JAC9Ihk2LsXRyrn8noqu2lpyuuBa"
    "mYvDKCzeDzwp/HDJ8Xfq/o5sZ0ce2BEweqsBM+aJUP2sZS0VHqfxDFMKXE+MBUPjC2ZuYF"
    "duUcJ6HABT2adYF9gcAcy9TppnwkwCd75ZMdU1k9E2Z7YZnwg9AFq4SH94LWVgnnxuD8XY"
    "ddYzBPC67fcMmzAMMZVEEW4NtYLMNMNoK1Mpbklm+pjOXUcSNlq9b1VZGREg00lX0yaM+c"
    "abKGFARumqzVNIn/VQBVSEtMhKNcDmUNobEx8zIOShCtxuSbjHmnL03GM5wJtQJIQfUyqZ"
    "BuqkSPseKvRO96U6kvz5WeOO3fChq25jmKhs7ohTEYi6NbQTdVA/OxTucP4oPHyGo5G3Qw"
    "Y6ZVcTD/jJlWVd3ZLgx5NHvEJK8SJvu0XStC8c0DnD2qPUOji2KKyVzQWNMb/XwZe811mV"
    "Mi/5BIQ8yNA7UaBzI3mjJEBgHbxJmZ+OVJOZp2qJSiLdBMXFwQng1TL+yHnSthMo/swGZ/"
    "bj2CJC8+g1hhgsndDhirKuhDponOWFqGNRsJnuEKWDNg2zmFHNJNro4YDbzGih1rXaIW6d"
    "IyX2xg/cUWbLgxvoeGoDpepXOwW4LVCqyEsGfhO1xEXTPNJwiErakHddOfwOtfSXVIq+uY"
    "WzKaZclAA0MdphKXYc6iUX2ICrribej8tqFAk29+p962K79veaGgoX8pdfIV1JVJiLEUhX"
    "2RCjMx+HeEuOx8n3nQnHvMK/eYB7ng6Gh19oofSUiz6eSIsxeDWEvsSEjCQO9DT0pexofe"
    "EA6HJrnMQ5AKfeY8UiJ/jbEbKeEVqaELlIiLsKRb1BUokVM4iDpOYob7GYKQkqxlIJeNlo"
    "jPrkSwRE+c9cS+9FaxEinjEcEKkjUv5RtBrGzb5jOD8kqW1d4zCihEVeMpi/9sp+p67giE"
    "Mixtydfdjx8i4PEfRVDPhuJgkL3D2RraaAnbr26qeQdcKJGCco1FWghmAWb98ePdQBImU6"
    "knz+Tg4hbpJ97LpBNtKomDTJYSJgOhDLtICDFoCrouFXhxXRB4cZ0NvAhA+53KoJkQ4kiX"
    "Q7qFdHvmeg1CIjyKGJfx/b3kEekF8gtD7PWkyRw/UjUN7B38rC/1cFnhPg6F0XBh4YYQ7n"
    "mqlZLL/ZG/KjKCDK4MXruO2wiqsBGgJQ9XJ416UpKzwjXa/scZfxir+sYirpxJ6QJMSpGp"
    "7a0LaLUV3DMraNVrx1yjQ2M7N59AjhUz9v6q2IbptVScqCnPAWvTVnpVYID0xpQ6diopxa"
    "Onjt6n1uoO6lTJFAcJ9kqkXJcxD1znmweus+kqDeFbe2vFq+4gQE7eUmsADo8C5FGAPAoQ"
    "Uwh6GQPKE6A6M1NiNUX9saSX8Ii/P4PFz9clldMHm9gBg7Z9lgbdtU+y5MfEuBm/yeNrgW"
    "d0Cz+thE9cko9yk0eZO2LzdSN2HbE8WJsHazfKz9HYYG1TBzOguRZ0XjskJ0f8/VWhkwO1"
    "xBljh6ZHU9VnQRa55erAFlRDUFc7aEAs5piWYAPHFvbAEnDX2Xx0aukzXCe4D5qLdNieOc"
    "t+VUxvRQ4VZ69Y4D9uWKw2ZcYrIvfJyF6Q4yd60iqSn8SFZ786UVVKSnJVqSmqEkFDjlhQ"
    "SlI71Xn4zNRnsPoKwQvp5Dm8LDx2bNxMeQ7bVepY/6Vjvhi+WuJ9uX9xT/sbetqjsSh7CE"
    "cCDLoma/GecdLVmulAkWoMLKjS+MjiMs1wlOGPZcdRZlpU/BhhewanfPUkzvhr+XwilHp8"
    "UpAr8TRlPDwQqQrYxESascMw5Yp/hjZcQj0wipySJJfs4YKBQHsLPqM+KUeiM5nKX9HF5l"
    "YI5BfGXBKHSBkF6i5txSl1FldPzsydAozddPOcAk256YLNLqfacfjqqvCWG2tU8RU3k9+p"
    "6a6NVE5+231bRk70s049MELZJiupnenjAB0R2Hi/MAaSOPVyppFKaDUmZZpfh3kNkvajHP"
    "9mFEinxNgjgLwpBfZNAdg3BN4Rl+QnLKgd6hL9hHT3robBfOkL1hszWzQM/dqJLQLtsLzG"
    "F5PgxSKJOe9rSLdrxESaYbBhyyQMfyeMRn7cWND8cjFj71oys3l9potZfXNPv9xpm3/s1T"
    "hz37dk5oZWviVd+baEFIP3E06TxQ2xVURn80Az1ka9gkCz2IXOCwa3t3B/ZhmzwLQ+jPpr"
    "4YTICzCvtZJZFrh8x0US3aMuDGWXbF+inllIwITrjjnqq4DrjglBd7eCuQeG8LJF9yHh11"
    "9dw4H6r78K0PZ+EqmI2Zm9laEQD3+q7+vweumgRhlu8eANlWOFU4vjd5egFrdh4FuhOaAi"
    "IQbPpvaeRQQVxFt6tNpHKMRTPps8tpyfs657cfJgK2sgSwhxXEukVh6iPc5Nrjz01DKISy"
    "dWJmbXcXJOzn1Kg24p7tM3CqmK5Q2TbifJtOKCe4mXmbs7tOTcnG3aRgs1eHf5b0Ai4i2I"
    "7z+IsJe7WzlrpGsDizZKKi7DHMTVW8hX0N7r6qtCC3NajkF3RC3hUnvVtl9MdDjRUvpmBB"
    "lEvJasQ8yVQJWvEgk0I/iBqWyVMEej7KwP23OqyKM7OQ+HuFg4xFqFOlgpurmBpFS4XMU6"
    "I8eDetLQ6qaGqe9Osp+mZbkZtclmVI9MxwaaBahuUCkx9mJqa1GCPNR01XYU2wF7OrdfVp"
    "ahONsLM5h7MHr7/wnRKRlhvsE1eYPjwWf5i6+dYUg8+OzPOOp5wWfxUV9aqqFt6RyXCRmG"
    "jtS63JY+XhU41u6ijtqFb1mvWmJiUde8i3O9rEiWM5oQSdFFTy34u9esh561cNvKDZEkVE"
    "Q5E66JZT7DFbBmfm+sgpUoWHgmZOkyiazgVatv27WewatsPENHDb5w1sGdbnNV6OX2Wisw"
    "2bxE8K2NwNHB964NBB0aT38TTKQfCKqAvRyCuRagYwveNMFRsk9g75Bibk/rhLvTm+VOZ5"
    "6SpDcT57eCZqvOwhhNZqgPPwOB1kL0qYR96FOudehT1jbES4xeMBeNJ/3xpD9uXjvfvNau"
    "0nh8mE8cZl4mje3x1czdXse/jDKdIiXG7WcEmgGeqFITsqhfgG+2uJgtdRZlRpahuXsBd2"
    "qBhZgnX3QozMRFyRcHQ3HOtK8AYjnZW7vme1mQs6u9BM7R4VbFRI73xSbGaV2A2uVBZWuN"
    "m7HtPfpupJjLQHRsgLmJ/lOCS8IzoE5jPbIxVn+cZJqOcMg1TMeROmqWjg9UCaO0IaiG/Q"
    "KsK+EFOlvhZas6AnSw7Vhdmq4jaOYeghVmdliblmCBvWk5CBth+SpsLNPdE0zUlXRZhhsi"
    "tan7nxpdhdBDOjoIbtTmRu1WGrVtDR2UWeBnO1XX81PJQyGWLj3X3Y8folmN/yia0LOhOB"
    "iQqr7syBnjc/Bb/gU9FGEhRrfI5CL9NE9YWzKJMpHFZTAePYTN09kzKcS3qmEAQgh8ua0j"
    "Jt7o3eNuKo56n28FP2RlYUw+j0e4sgv6xmBhjEdoLqI/TUOH+O/h+E7GrP47cwkxr/9MGt"
    "yjrqdf5R56agN9rdjAeoYaeicNRXlwK4CdCvWF8U1CA4L2qReAkHFwRYD5XJriggBOwB38"
    "9vUAcipeFyQThwIsLLDa06OSmhCNLTklehmHwSWVIJbsyTwSsw5LMjfScyN925DlRvpm5D"
    "wdggLp5nhGrppZ3npzA3eAcAdIe0DmDpALTORyDpCsmlwBvDyZhs6zRDoXs8MQOo5KDgIp"
    "WL9V52L53SSlE5QZkbNyJeaYgYbghpoHzDT5zqeQu4Yz/rVKvboq8OZoQQZb6ejtoD1z4f"
    "HX3TJcf918rr8ur4Z6WeI5HhWfj34789IrqElO0LjPTMdkUNtOLKOgvMh5IGHd4cAd3LLV"
    "8iYZqzHEcnSxMlzMWCOrjYr5l0jh8/1yvL79m3IzX9aZ2jCHXt3OVG8hUc3bmAR3Vhw35J"
    "J5UqmNM+EltWXglrUGxCZVvTG/tKeVpRp2YNglHVex18XnVaphxeeVqmmm668+C6yBBfBc"
    "Sh9bmZDSpWk++beBf+GaY0En2ZdU5x0vO1at9y3/YDyMUGYQiq+BCUEGb4EtufWVCoJRd+"
    "HCTo7w0DSCsyMzvAeR9NgCDe5U/Ye+/y9bI9uXevJQHHzXfXfVTdE+jx6HEjpEglfpoA0L"
    "75Z0TA4xmcsZrTq90c+di2iZ12UsgvkGwWxhCgvkOFrLhcAmOmiylbDTm0p9GQfRW2AFnY"
    "XRl+7wnyuwhN6CfONQeh6KXCIUWZwPbwXV2SG58QxJmXY26DgZktzEEGQNDcPGtOj2tZhM"
    "kwf4xG3tpowt/ibfFH+TtcTjgxZYe9Vy6IBOybEX9d0t5fjoFjg+ulnHR/ybUaCdEmMP7J"
    "tSYN8UgH2TBftwj6SAOiHEHtB1lHqJ37lLWuCSQtwIx2Ox3868GbM8nWnhFA89tQziskbO"
    "5LotEzzJg4ArDwKunDtC1YFFmP/0xBFi2FG7jsiq+CLmFkQveqYVXvaJ9vZUm6tioztujb"
    "5ZovlR1givILCAfs8aWjuwEkxLCLpAf6iC7W42wMb/H96X8O9FPxyzPGBjbZY0opIeeQRh"
    "w/zS4agpe8tcubTVgwnC7CnM77ul4t+6BfFv3czN5IAdtG2X6n5CEGUP9Fru3t7mtSLfB+"
    "91U83NG42LpbBeY7n2oV3khBg/3g0kYTKVevJMDqquRv4k72XSNTGVxEEKae8gU56BZVPa"
    "OTKC7E3tGiimw3OYoMEVlVtNyF2w4urbzOsKK64i1cskXGjyp3UkwKBJmlOm8+DwKkrVhf"
    "cGSnNXUoqbuxrGl8EitkUp72+UKtw0mGvMFc73Cp+OcC/WJ6tIJzfKRkWoisCC2rZDMJYF"
    "b66KTGTqoQ3PbW3TPnpVYJk64e547q2xaSv7AoXY8aKiQDhoziC69SS5moZD5Cn9x2w8yr"
    "U1OWSe0hXUHOG/gg7tFusDJHAxGIkrSoawNM1NepW8e+AO7khq2SUPsz/+H1qyscs="
)
