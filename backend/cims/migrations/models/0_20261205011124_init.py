"""Migration 0_20261205011124_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "zd0CUllCBhKTu/VBmUJ4Enr+f2nP/t7SwdGM5PoqZZnun2boX/7ZnqDqA/so+uhJ663x8e"
    "4Ddc9dHw26qJRo+Oa6sa7mutGg5Ab+nA0Wy4d6FlondNzzDwm5aGGkJzc3jLM+G/PaC41g"
    "a4W2CjB7/9A70NTR38Dpzo5f5JWUNg6KkvC3X82f77ivu699+TTffeb4g/7VHRLMPbmYfG"
    "+1d3a5lxaxh8/Q0wga26AHfv2h7++vjbhT80+kXBNz00Cb5iQkYHa9Uz3MTPfVQO7/UUZT"
    "JdKgtpqSg9CoA0y8Tgoq/q+L9+g7/Cj/33P3/8+dP1h58/oSb+14zf+fhn8NEHYAJBH57J"
    "sven/1x11aCFj/EBVNPbPaJhyAE72Ko2GdmDRAZd9LWz6EZYthfenfq7YgBz427Ry+ufS7"
    "D8Js4HX8T5D9c//yf+QAstgGBhTMInff8RhvsAr+bZNjC1VxqAkzL1QBy9ccD4sGxjQAeT"
    "X3uXQbkKyMUYZyF+VA3V1EAe4bFlglcyxAmZDMI60OBONX4aBv83hfa7hpAugXYoDeSxOP"
    "qh/+6q76Pr/NuAboDuw1iay4PwUWYG20CHrmLAHXSpMM4Kng10uC9Q4dzg1lE/1NYeAaAr"
    "6GvkcB4iWMgwp4SyGCMpF+7AT/iPpqbyG0EsLqXsTDUshxq+lNCZ8HVogubRc1zV9RzyOS"
    "WhM9+HT0YfEG2cKRgP0hc8sdANFD4DykOrJw6W8jfpVgikV+ZwOh+Lk+WtoFv2TjXdlXk/"
    "n/5dmqCPtK0/gLkyB6PpQhreCsFc6Z1w5L3/UOHMe/+h8NDDj7IXC8e1dsBWqG7FGanj1+"
    "MObBL13JAPyO5tS/c0lw7YtBDHNcQV63LrJ6LiEU3FPMj3lg3gxvwaXiySe04G2FB9HSS6"
    "6hjIf0YTKXr3cIzY6kusBGcXLsIA/XIQXCnm0mKJrhQIb8I0rgHe2aEnRtFNr94CcPFcfl"
    "S1pxfV1pWiSW3t9kbw8Tnc70LZ+69zYKj+Tyme0VE/nb115DBPTU70NsAGJNT3mUjJh54Y"
    "xQo9MZ1asFoeemJoMfsL0+pbiQWZWqr5R7v+LvuOaqob/yfhz8afFFlGDWCTTab+g6tSg2"
    "nchJtLu3RpuSoxlzoaOj0JZ6phqQXIxhIZcNdYpLvLkKhVTh/uRpIwm0sDeSFPJ/hTdq/O"
    "v43Dw7QxZC6Jo8zt2waqQ9zo/raYTsgIJ0SyCjzUXOH/BAM6jSHd+39rz/S3VOHRg4YLTe"
    "cn/Hn/05QttQR/DJGPuRNiHimQP4zFX7K6JVJq73zILMfd2H4vfgd3HbML5HYX3yJGaxSY"
    "zrDCjyVXprQYiCNxiTV+1Eg18NdbmUN5MZYXvh1Ah84OOg5+d4AmpTwf+9YBy1xDe9cWA4"
    "ENniF4oXPtJGVOGq+W3a/SGH+o4t35UOzd+ZDz7gR4KcEGlAd6CX4vOBRygiygXYLuUvpl"
    "Wb4zxefEaDr5HDXPblc5zwTGRlEJSu4wNN0WuiYSkmVWX/xHQ/tUk/Me/T59ahqvvVifKB"
    "wZeYw0XHE8Sw0Ptg/jJ/30ER6++0N2H4o7Eb7Lyy8Cfin8fTqRsudL3G75d2ys6Kmeaymm"
    "9aKoegKi6N0IRtK2dsqoZ0RrGPYOLcAWDXOESek4h36ZE9Z2UpCPcavHmPswGvJhJGxGRH"
    "Dv4KYQ37xsPRC3wS7wX/3+9fXH/rvrD59ufv748ebTuxjp/KMyyO/kzxj11NLhLg+aHawm"
    "l0exVT5vFiSuj/xgTE2wtNA/FYfiTKvqmy6LqmOR3xOqDMd5lldPh670DAoiVg9Pr0ptsL"
    "idAuKGrbHElu3AjBljL7DpXpWYbC3ND6g85S6ZEWVPUWTpNomWtUVl7YoFLmaavJip633/"
    "UxV7Yv9TsUERP/szCzDxvCxFmOyQZADi+q2J6IyCLlWk+EHiclF3nQeYqBAdw5isCdVlpm"
    "VpFgcd4VdUTryMGHfk1e7I04GrQoNqUBIiZw1Id2xojSD/dnaulm09NVu5bIB+lUOO1C1z"
    "cialWHC8Nb2lawZEpyC+i6NJXhAKUGSMz0pyvI/jvbfBs7JVnS0N1Ckhfh2sADMtwvWC26"
    "K013qgzRm+aUyzddoN0ejY8A8/FnaA3usRzYfZRlflVsREczQjwvatMSb+VSyJjYV14iGl"
    "3nFTQnxTqHqNoLutpYT4sVYpKE2HNtBcxbMh3b04Lccg2Dfv3lVAG7UqhNt/lgmQ1aw9IS"
    "S8GOhY4IKpsk0ZMdL49m9uKuCLWhXi6z9L42taRHaHEoISi+yv7b61rhF8/WNM26oG/hgq"
    "oPOSDO4ZjbhS0sgpO3QLtOiOxaIOGByBKvgXo593Y6HLvBK5a6s75VNiLAWdXcQ9n4B/R3"
    "DSFpugw+bcH1C7VdoBjoPV2SdA5XPMiHF7XgWXmLqDBhXIBwn28L2ukup0XZzqdJ1LdQK/"
    "75Hm4pwQ4JOW5PE9bY7v8U7LB/B4NkA3xtdx1fWazkWaFGHpStYU546PVx5f6ujzBe5nDC"
    "Ie0I6BXDXoOTm7UuHOA3ExEIcSXfB5fR6OOxuNzrZHcGuET67KfBmPhzbcf9GldX11xH9B"
    "az5g0mtRfx69/z8FtFF7Bg0x7yuZz9+XmM/f583n+H8FUIUVJ0Q4ytVQ1igjizV244pvqv"
    "mASlxABIrkDhERXBZ6tpgIKGJc8uGf53ICspfymVpFnBOwOlZBVMSZME1xFNTA74lRmAr0"
    "XRqQ6FTdToLk2c/gVUEb4x61I2VtUOHl9zYPO2MIsiY1+gPdK0GpT3HBFuv1WqpZk6r9bw"
    "lWNx01RZcX1OK3nuo4cGMCf9DDFv77LlB3oRkl+XYmv8EGGoDPwV3oH9x6cFHrwVY1TWCQ"
    "9YPjHH8J8TarC727uTgZfLkVAgvYypx9QRfDW2GPvjFYmdPJSMYvLdOA+PV4eieP0Oud9Q"
    "gN9Hohje5R1/Nv8gC96wBjrTjAfoYaeiaNRXl0K4CdCo2V+V1CisLyVngBCBl3ZY6k5VKa"
    "3woGcN3gFHl7q4YDnoFdqBNW4HVMyLd60EfT7wh56wUNqDSUH8ZoQIEOvd3K/CJ/RpNhCz"
    "doKgzm8lIeiGgMkawLtaAezRsHqiR/SW6YirkFM2JtHp1a/FxNUAu2nfSUEK4SnZ89ygUy"
    "lwaS/A0TmEY9rExx8HUy/T6Shp/x++iKg3RgA+gb/EyefEOas/xZXMqTz7cCNJ+B48INuh"
    "aamyLu1Lm0mI7Cz3Asw/+MdFEV3AZzsAZtgppG7dgpk7eaqtazpAx7ARxNhKwf7n45mI+R"
    "OqZEGTShdcRkVsnHn9xKThhsgjiP6WjzeEfb/UkLOyXKx7nN48zZWtkf4/g+d0qcZUaWj3"
    "SbRzq6gJ+0a6dE+Ti3eZzRdUoJDbj0F7GEJL90t3qYw5vUiUOdl+bD3erhPm2Yax1evmc3"
    "t2e7ig2dp1P27JQkH+U2j/KjDVRte9INLCPKx7nN42x5rmYVxRcfdzQkxFtsZu6NEXpLcf"
    "6rMpdGsnSPfaomcFUbB50YEKxX5mQ6UXKtTPR7ci2lX2YjcSIu5enkVgC/7w3V9CNScB8J"
    "ybD9KS6EfhXzdr/YvN3Pm7cty1U01XMIA11SIywl1eLxba0XzwY+7aCi7izPJGykYzS5Xo"
    "tuvVnR7EYKNLhTjZ+Gwf9MDcZQGshjcfRD/91V38f+ULFz8jCW5vIgfESG2+fMNzWqeHOS"
    "7AWdp4PJr72GcM4kP1fJfS5Ofc5Djs0tCEfi/C4MjMqKXS538l1TKNdMLetYnl3EOlQhAC"
    "CWvuAc3qmmF8at0JzN4uQBx70E0itTHs+m8+WtAHd7y3ZXpjiTbwV1D085Set3xqPDEtim"
    "aqDjnRDXW0LinpGr5TRtUdrbdb/KvtIv3lhym3mUmfJIlzaUkmIi9KhxVkSePPQXSR5KkV"
    "ns9RNHPS3JR70to07Q93OpFs/AdojRnIU3tYTE5S5p7ztySVM1/wZLxxmSFmqoqsJlF0zN"
    "sGrol28sm1wop7hcRVqK07GQkOUFbxtCdm9buqdRbgVpIb4VEOoIH1K3KmKakOCA8orAlU"
    "CuSshUrSIw6SirA98ov3KQ6JNVoNNneQWgw620Bpxnh566tVVUBTd96lTANryx1oCteOiJ"
    "TWzTl/sK2OLjqgZgl2E3bKKaONOpq7AnbLfP51NWxJtwXPqbkR2YxMgAzWfoqjXwoQScDH"
    "LcHTszlRNZnAcZ6kLdANTIxpVfzp9pS7+/QdwdSyv0IgQg8eWyjAgkeQOtQAiiJG/BR5lB"
    "eqLgvlg/Gmi7NgRX/d0yrd3rlRDeWgR3C0wBOg6e65YJBNt6EfbAFvYqtH/KOgnP7YvARf"
    "Jb8qrpywZsIZx69I3IQwpv/mWlKmMRBl2E7/uV+Bv7JfyN/RzFYDDTKTCOBRhEuF+JIbNf"
    "wpDZzzNkWjbcwAIa0gqRmLH0BSM+HlXzqUeHeG9wP7u7FbT1/nFl3omTr7dC3Msbl+VBF4"
    "ZnUk0eyzKAahY5cyKhDOyPSKop3KPd+7JBeXfT6Sjl5ryTsyGQD+M7Ce0smZA9ghuChxww"
    "5nyul680ujjWpax3cB5w7amL2lNgFSpTnWK7URW9CcSNjypNU6S+YB68DRCgKahC3Ml/OM"
    "IWOi7Svm6Fl611hf4BJv5XdQXV1NEfr3m16ezeqpA4Hn5noOpENI4ZL0uw1aO/6UgZy0rp"
    "MaZaXaSAXrEC9oR+/KnX1ki2zUpC714eYVqwNTQwT9hyLk4WcpD/g8bCdGCQ/iMuFvLnyV"
    "iaLG+FgH9rh1Yv5hUboMP383QuL0KSs8AaAn3WscF0HIig1bALV/vbhzmvbWunnMdBl+mi"
    "xelDnIHuyGxAd7rz5kKqAz4TujsT0BXEIsSKlBARRgJt3uBbE4p/Sk49o3pwR/ReQtB1Pt"
    "YeqfQOHYXuQaLFu2UtY9lE2m2guRBOq+IqzwmRdlR6xh/LTKXnjqQdtN4JRjCRUUZyZ8Q4"
    "tjxI/g2Dj5P22bqiYzsIc+Wo2MzqrRJ/zOO7a4/vLnZhNGtjNh1gunOgWXba+klscFVuYf"
    "abKvahbbP1erKbo2ejK4M/14KvEFbdwdbfxLOAiyNY0bZq4unGC/NcNrbmMBin2H0S4m3W"
    "/3tjcf5VCkw4O9V+AoH5BumOorJAV1//gY+Rg362/2wwl4byUhl8kQZfcc0WoENX0bZAe1"
    "qZs/n0Xh75QnvbWkMDj2C14WyYUyFaRbnhLI1xSEhdMMjhbfTROoMceFGr40Wt0oWrZuIM"
    "16naq3tgZ8tYtcMAmjyucgN7tFBIUvQyNrtLHkZsmezCwaKjn8mItXnhnhxcWiXsDrUqCS"
    "7Nhd6B3/cQDZ5CMhHhRUUGOy1Vtp6YMpni9ZGzWMQXZYpzPSHFgxcpznVuHuK56dx2QWW7"
    "8PUj0XGA4+yKIuSyba5KLRiBxqWmm1/UiJEIReZWiYtaJaC590ixwcXuvYME9+7V7t3zl6"
    "dSHAVIHpK0FIM35frDQwLICp2px7Au9qmyAHcDwU4GjtJ0twR+hpKAp6QQgzDXb5Tc29aj"
    "+ggNYjHwe8NSi8mzknIZrNdYsINolyl+04e7kSTM5tJAXsjhRh5bTfyHad1lLomjvAVYp0"
    "rjjAUYnMtVpnLxTM5PZIucslRM/xYLcHWQoGiv/eBRqnteQqQdFz38ecxc9LB1EycpYAOn"
    "AXeQtqIFQfrsohZtWwRl+/dpVS1OqWbBq1hQVbE4L7vhzNSG06Deo4UU+ZUpvHUzaTIMPN"
    "OB/MrEs3KIMw3w2tPbkmjA2f85+/8buzMZy8TnLgzuwuAuDNIg4YOPbFGLuBOmJlha6J8K"
    "lBO+X2KY6LGTfmcyfQK1xyfGodDfk0TqqLcnOVCN+nq4O+eS7pzi9Vft/p2Ub/OdryfOZv"
    "PpNwmXM9vb1jPAeb7Dh4GEs3x1TwP+ZTyIl0O/CQfMteMyHn7dU5T+vCjX+I9q/BfPF+0Q"
    "pI0kjIaqL6W2mZZiAvimtc0IMnptMy3JYMI7w+qmA9BvRUMXnAVU/BEEURYy4pteZ2nYTl"
    "lv5B5qWHctG4mOLLNKQesmALqjBCNHUGbLYoGzohcMCI7f6WxE8CEKkbISYFauHpNa55XF"
    "nEGNxuRDGpb8mEQWnarGN0JwaqeGpaoJLjclqxjhzosNjuyaJBtRwuZZYh1KtuJmoS6t9K"
    "sSs1BsDTYtKh9gWqwetaxFldYrkfuXcPvnqf2Z5++UJ0P5mzx8EEeYok+Hz1D3VANzb85n"
    "0zm6uWH2TXtv2WGq2Ntb3NboUxX/BcXMTwm1eUBOnvkNVF1YqztovNJjnRZjTyd9Xwns9y"
    "Vgv8+DvYHPwKTGOi3Foa4ENf5fwd5KqkSBtBR7UDeyhfigPQEq23FSpqmt+u3uKD9Xgvnn"
    "Eph/JmweOHS0wHh4/KJykL5gkJ5nYrJgs0d5XxmLPkWGigky7qXg1RoErx8mmI14cisk+3"
    "7z+8ojtN2tEqXa5+2M5EWQlvorJ/CbfliJSs6BKdtFUmIXjfSlnNTtSNGAIaonbiIJ8Raf"
    "jdhMIw+lyVKRA5JxqAf2HEyws1gglWeJOXYcB2k87sr88lUZiwNxqsyk+VhGj7ZPyk7VVE"
    "vZA3sHUYulKH8XJ/FzV4Uvqhk/XUwHsjhSIkas6RDtVo6lQdVQIl4sS8dUQMsvmNzH8o0r"
    "p0yFKl6SfrGXpJ/zkqDhREP+SOeRSgm1eBacuuBubqrAfHNTjDN+VgC04v/Gk+A+iDYE+t"
    "tdl+r3/1ma5u3jUMWqWKel2JvbjShaYLc3rFe6PSQpwx7MjShZOECOekKnhNgD+qYKzjfF"
    "MN/kUN6pNnTRwX1eQlS+l/brXAt58hnrWQ6CH+tZY3E+l3FaFPoxNsQ1WYbyt+l84GdKwW"
    "fL1vB73+Xh9Dt+6wXq1gt+ZyHNxHlQ88UBe9UOar60U2sLSBgVn6qRZlll5dhbWY3cgpKw"
    "0V+EyNL8LnT0LuRzi9KdzqEAe/P65n0VhRq1Kj4z3ueUah8v+gmdEeMz+ehMVnUdafOEY7"
    "k4MDwhwsJsvnRgOM+9z8/rmnPvVdP0VLwPaBbJLViWW5KVPDu1pDuz/cTMEhzeRaKoKUM5"
    "FuHwHoPXgAEhFSQVHyvBOCPHgT4GdBcJO2zL2QPNpVVMZ/PpYiYNln4xCb8HXJJ0Kft5hJ"
    "oLcRrhcDofi7iIsG7ZOxUXHU4XFG2Huvn0qp1pWEj30EW2lW9oSt/7doVnYMO1b1iQfpnJ"
    "c79IrE9o7pd//Rsa8aD867/QiLdlBF11Q0XHFbXnXFzlN9MTuLiCMFdFddHXevRcymqXJO"
    "F2DBJTzLh2yBfhbOFeCSLgqfwERfIsqHKNp8BZnq2d7Ok/SF/wlEEj7AX3O7pooYkf2RxI"
    "r0x5HHj44S7w74szGTMOwHYcIZxv6i+YAOzt9RMHPS3JB70lg05IRw2/feeKPr9vamRrZs"
    "NVbW0LT8vlzojyJO72rJr8Xolgd04a5ZQgH+M2j3FQK5EuWTwlw7kXj3MvBoDlEaZmXryL"
    "O+oYwFWTvlNTi5p1MXFEaZrlESnwIyLF+6/HKRTFoBeG8E6f4wawz4YI98EqQHGV+zNBGk"
    "T9MA+UAp5BfXBJzycSXHQDM7/y/dlY+b3M/WqvzEKVLbF3Lmg1cKh0AbfYaKtYHqkkKw1k"
    "IZdFsiXbkJHSlTliecSwsufZQLEB+s7OuUtTCnqbB52xihl6G2BuIDzRzsNLPvTEKljY1Y"
    "668mrY+L++asOwJ1bRimsbqTXMrnmqM1Yhc8DGpxnbAZzdhz2cZ8K2CDocx/0xi5xnP4NX"
    "dFQ+Q7eO+bbw+5Pj7hjHzQbOHt/fa0FtHnbGKmboienUcmYuDz2xBFaegLKEGjFBOwVU17"
    "PL5iBFzZHwznuf6LOTtv3yqfisGh4hnuN0vL5FHTIC1onEm/G0KSHgTE6t40ScSnJ2c0bO"
    "TjlUroRiRk7VUaw12S1ZlDsQCpzJ7dPS06AiuQ9afhSTMWx9koevZTtV3SEQLjCxzWNnme"
    "6Wps5yTo6DS6i2DG3HVaw9AgFdWwhmuOJlThD9K5N57W1L9zTXUbYhWBWnaU7ucl7+dx2Z"
    "pFt0ouhgbzmkMlSlBQ4ykry+AUV9A4wdXr1nQJ8V5/hT4h9Rqak2bWkPgjRHnxJ9w1JJjq"
    "ljsEdiHG9KvHeW7W6I9+ajmCdFOe6UuL8A1XAJMXNHUT8IcswpMYem49lRBCIl7ClZjjwF"
    "8uFdRHlUDTL292jzLrioE2Qz2K+xcNcu62VazvThbiQJs7k0kBdymCkZh1T7D9OAzyVxlE"
    "E82CJOAjwvyvE+ind45zsF77wox/so3keIbErgPkZkUxXtDllNasA7gAtN0tOrF2W6aD9L"
    "ZZZHcmWOpt9vBcN68f+S5spYHg4xjyV6C9jKDuq6z2YZvhu9fpjNEm29/T7R9ov8+cutsI"
    "Ub/zr39hnDNtAwnZaiq680Rt+sGLf55i9Bhuq4SsLFf0LWWUEXPP+szflnaz9slMhrV7ie"
    "UjLcMp1dSjvLBK5qExAtOfiTQvyGdVyDQL8JTXTKgyAjdbmpe/3hpiOTV4ebgLAb3ZooVe"
    "GsJJ/GR6dxmG5JD3ZWkGN9XAneIuUKGOhyS+AmLiHISotxaqzUzaYW/rKSLM/CrTwtxC8h"
    "2X0c4+OdyK6UFmWPaYel+3uYaK/sVPuJ4DWAm+LosowkM2vov/r96+uP/XfXHz7d/Pzx48"
    "2nd/Fiyj8qW1V38me8sFJjSwhFS2i89KNAkuYjcdpIxEHHVCG/Gal6wO988G+OTaWY9SOf"
    "95Afkvx4REH6FZlXBomOOjUYVZlXMtMwxb0yEBcDcShlqFfyuSYnhPzHORIlIf/JPIoKIf"
    "92sjkP+e/Sqr8SikP+n+Dp3pVI9nJuFXqge4vZ9GGB637tLc8BuELqXJr49VFtgInUv+DH"
    "X6ajoTKWcGjBrbDFDbcWgiNIXV2Znx/EuThZTtHDjaeis9210LvSeDaa/oolonJ/uIYYUm"
    "b9hjq0gea3WyBNyv8E3NTX7XHnuPWdNJHuZb+66vT7BD9+RKCtoV9b1XoxT6ujel2lBNB1"
    "cQWgaxIbv+1SR42npf7KAeMRs+0jXZ2ZlFSbF1n13SztSux/quJL7H8qdibiZ13mH74s+t"
    "3koq1CQAwQoidxaibkuEuzzSaRYKTodtCkDHuU+o1snwEvPp2unZLhzKUka5JqI32HDtWU"
    "DEf1OB9sUUEIaj7Yc6wS7djxj9olUku2gBE2P4E5tlWwTS1carZdKr6RE81DATFGiW0oZs"
    "6oYBiKaTu4VahTO+lViVWIE0GcpOdHIamOZpEiPxY71TCOxrPGwiyd+df9jx/iSYpflM3P"
    "xVgcjQgEBlGA4mn4EsQ5wuQYx9MAzktzfDP7w3pHo76GzRm0/DVTYnqHLl4kfuHjmTkHyU"
    "uG3HU3NceAa/9YVwo420oQz4tyyKtA7sKi0pLHHXWRbJt3kt5sJC7lycP4VthjTzP6USvz"
    "83Q0vBU2lqGvzIU8+uZ70KDx7DvP5tPJ36Vb4dG2zD/AKY6y+lOZdBviGmf5cSqORE2I8C"
    "jUlDG6jihUX3FVCivVFZ+9OcE2r50TT+H6a7J2LT61LQdE57wxPCiPB+W1bjBaGpSXKb5B"
    "MLvmy3MU210zhUG44bVz6/2qxPC6sS3v9IC8g3Sbbys9fDwN5+L3iTKYThZ+NN4LdLc6Wq"
    "SmEhbwWpmTqTKaTj5Lc2UiSUMJ6QGmpRiWuUEL1wRAB0gnmN79TRoskUZ1K1iP/wL+TXZl"
    "PkxG4vf7h5Eym08H0mIhTz5jQgVDfVl7hrK3LQ04DhrllTmSPuPYu7uR/FkMujHABsfePR"
    "pwE4e7vn0Ang3WwAZElpcS81FSqM0T4tT4h3fvquhv794VK3D4WS7U0fUICly1BXiQbgrv"
    "3GbX2wNTx6BRLsKZNBn6CyOUX5niDK2Xb3ihodPHtp7xAptLeIHh92yA1xd+L16+iWXbDv"
    "U7/CnKabfTAulaeEUYOLSSu5F/9aAOx8rKsbgnNRGTdcCNXq3OyrKX98lwVKsONEgf9ZiW"
    "4nGPldZYBBr9CktL8iDiNput8Fhhgy7SnlWHZBBegt8LOUFzoiwsrbLRlX5Zlhvk48HFil"
    "rUPGulb20271tvas1GwxabA3nMJp1J8K2jNuXd3rLdv1mPPYLp8PDwqsxqCP1myr/CdscM"
    "hthkLOj2q2B7pmDZAq5XCl3BWguqsIYG+G8Bug5SCXGnAs5mdISd6jwBXfC9+o5gofvYT1"
    "mlsL5eudmyXWZLYLrQpUzNiSQuSMqa3BMvEORUuxkQLxLFf0GBdEqIQZW7f3NTAWfUqhBo"
    "/xkBaWer9m8+UGN9ELuYEbDDIQPoPFDQeZBHubQ2QkLqglUR3uYeXmNRhLZbt2txL80fJh"
    "Pfso0miOlbtgdfpMFXbMTWtkB7wjbswXQ8lpe+YTu4hbiBtfv+YREYu9eeg9+5F+URfmOt"
    "opWtt8PK7VqYkNO2XqhKJKaEmOGiqo9ZL0z+p4Q1K8aBzQILfoeOi90qlMjm5Di0WWj3to"
    "V+5U7xGf9oHF1ZOQ5tjjDZ2xtQQz+eGlyCJIc370HEOn4e1eIw6YMEj5IuN8qewtXL+Yk4"
    "P1EL0GfXk7uGJnS2Jw17RpQ7GNvsYHQxFSA+/OmoXtJSvJLRUe9WhFgN3q3Ag7JMdNgtpC"
    "vTkqQnWcrFhb6DMHkYjcpcXCmaA8vWCcrcXSh4/zVJLlsG+9zvqoNnVRHqfzbvCQwxK3QG"
    "HjA96g+0D02PugSXWyAEtEFCHFns++5MIegN6ALS1QV3q7rCVnUE0xLkIfoJmEMVN8TOPe"
    "vFzLsFa+t5Za5MEfXxYyAmoKNTd5AYwOL/4eDXG2Dv0eeiftDnoE/QBQOozyBoFfmHBNWw"
    "TNCEp7GMNJ4xZ+NFaOKLXZKJsabz4KTE6tFq3nY4ms75jEInTItKe0yLMag+9qukJ/SLsx"
    "P6ueSEf1mPdBfLgwAPmTp+qQyjY2q5T4YROR0DuOpd8jCvWhgpFV/lC29Iycv+0TtSUtU4"
    "fksSBQddJ3QhWIPCDnWPAL/145vQnUPV0e3ix/8R/B90hVrpwDddOldCOJjoL8vvzclflO"
    "runIdRtSuMija0p96onhbdUhpJ7eNBahcJUgvgo+LASYhw70793h10Dij+OUA3JkkpPiy1"
    "D0t0JNMMSlKGD0ntQxLejWhGJCHCB6T+rYs7prljugXos+uY9vb6iaOeluSj3pZRJ/ipY8"
    "dURZqxlEmsFj9fNXNYRzyrzfr4TBfYQengHsmAlXh8VWq9yjRskiPst1z+pKZ5th1vDujN"
    "f3A3WSvdZNpWNU1gkK9Xx1NCEuJtvmf17ubiZPAFkwWjn7FdmbMvaGO9FfboG4OVOZ2MZP"
    "zSMg2IX4+nd/IIvd5Zj9BArxfS6B51Pf8mD3AlUWCsFQfYz1ADuAqoKI9wCVAVGivzu4Tu"
    "V5jPDCBkXEwwtlxi0mIDuO5p1TwbICn2K5MW8uEeH/RUB60ednlyN32YDG8FaD5iajw01A"
    "/L8C3Lcx8jujzaQaly/S6+fOeu3nvPRgc8lek3IdLmEWiT/dfxdjvVJmiSxaQfCREmUL40"
    "2wfaQNaEOkLF0zoWaIhbhaXAi8wli0Z3y4gyqLx1V1nL6+hFhQ0rZu3G0hd0YiH1xlMNSj"
    "NkbyxOHkR0mQqkV6Y8nk3n6DYVeOIxQ6WMySlhO+5RQfDkCSyIKTEmzpXGY8y4bZIxK1UV"
    "26Sq+SmUdCFvaSGeSpFPvgx0YDpUUzIcVAJ/AOe1ay7LXfc0yl0gLcQnLKcLpNEaaqILzG"
    "+6NaB7F3fUrflbFdrUSVMB2PC8rwFZ8dATm9Cmr0YVsA130RqwnR16YhPb9IFDHRWftFLa"
    "z+BVgeYzdNWCcCQa/+vC70+Ou2NnCDLGXR82pHzscQGZWkCbh50xBFmTnuuvr9rQ0rwd8D"
    "8u57lOPr4q81w/vWqKnmx5Udd1SHJH56/+qzirG8t8sAGVmyBszlzeQ/3R+OgbBPgQ0a3g"
    "603It9lUiU9ZeShNlors8zc6UAf+VWdlzsTFIrAj71XHCSzJX74qY3EgTpWZNB/L6NH2Sd"
    "mpmmope2DvIGqxFOXv4iR+7qrwRTXjp/fTuSR/nijxp0bt1sHNSIm/QSRx97CQJ9JioYzk"
    "gTTBcQSPngNN4DiKATWc8r4yp8svOFjA8veqVkyfIMeeZmkeJNo8XU5cn41wDQeIKf4PpE"
    "f6IMfZho87EqDjeH6NL6wIkWIBiuEmiLI4w6vM7+LZTcIboHslIdYI+22KkY6Fylw2nb2Y"
    "k9DFHpccd+oeooOEEr60VOP4vUGF34rwdY/tur5ijt+kuXwvY+rqZ2BD9Pt9euulPA/orV"
    "00Q1pCZx19P0o3ekaMhVpMF0jyiVGj96RnRDkPYZtDhsIVTh2akpTiS6pidc4AtFNqcyYl"
    "+YLqwoIqKhx4fFGxVTcwS3VVjeuqjOwqF6/Nk3958m8b0Gc3wA5d6RxiHlChPyMhcblgpf"
    "dNjSyPAWsxsjxY6aLBSm/D2DcVPXc7MGCBzzj5+KrMZ2yhfW6raIeWTfqMuWv4kq7hYFCJ"
    "e2rJLTApxJybuH6/yNsyD771aXWB3FOA7smuslUdQgxoSTpkWow9xbH+mYxUbT89XfFsSM"
    "XklRNsB58X/jxm+Lzwc8WwNpaHaw+cOFClnfBBq33QNraKjtLggyiGKSPGB6b2gXE0qyiw"
    "q+A4iQQu6NFsCuwLBObYlkE35WMBPtlrn+yYyuqZMNtLy4QfhC5YJTzSCzpbJZwbg4t3HX"
    "aNwTwtuHnDJc8CjGZQDVmAb2OxjDLZCNbKRJJbsaUykVPHjZSdWtdXZUZKNNBU9smwPXOm"
    "yQZSELhpslHTJP5fAVQhLQkRjnI1lDWExsYqyjioQLSakG8z5r2hNJsucCaUDtAF1c+kQn"
    "dTJX4bX/yV+NlgLg3lpTIQ58NbQcPWPFfR0Bm9MkdTcXIrGJZqYj7W+fKz+NlnZLXdDTqY"
    "MdOqOFp+wUyrquFuV6Y8WTxgklcJk306nh2j+OYBzj7VnqnRRTElZC5orBlMfr2Mvea6yi"
    "lRfEhkIebGgUaNAzmNpgqRQcg2cWYmfnVSjrYdKpVoCzQLFxeEZ8M0iPphRyVM55Ed2OzP"
    "rUeQ5sVnECtMMLnbAVOvgz5knuqMpWXYsJHgGerAXgDHKSjkkG1ydcRo4DdWnETrCrVIH2"
    "3rxQH2fziCAzfmj9AUVNevdA52j0DXgS5EPQs/4CLqmmU9QSBsLSOsm/4EXv+TVIe0vo65"
    "JaNdlgw0MNRhKkkZ5iwa9YeoIBVvQ+e3jQTarPmdqm3Xrm/5oaCRfylz8pXUlUmJsRSFfZ"
    "EKMwn4d4S47GKfedice8xr95iHueDoaHX3ShBJSLPpFIizF4PYSOxIRMJA70NPS17Gh94S"
    "Doc2ucwjkEp95jxSoniNsRsp4RepoQuUSIqwdLdoKlCioHAQdZzEAvczBhElWcdArhotkZ"
    "xdqWCJgbgYiEPprWIlMsYjghUkb14qNoLY+bbtZwbllSzr1TNKKERV8ymP/2KnGkbhCEQy"
    "LG3J1/2PH2Lg8YsyqBdjcTTK63COhjZawvZrWGrRARdJZKBcY5EOglmC2XD6cDeShNlcGs"
    "gLOVTc4vuJ/zDtRJtL4iiXpYTJQCjDLlJCDJqCrisFXlyXBF5c5wMvQtD+oDJopoQ40tWQ"
    "7iDdnrVeg4gIjyLGZXp/L/lEeqH8yhQHA2m2xG+pmgb2Ln5vKA1wWeEhDoXRcGHhlhDu+V"
    "crpZD7o3hV5AQZXBm8dh23EdRhI0BLHuonjXpakrPCtdr+xxl/GKv6xiKunEnpAkxKsant"
    "rQtodRXcMytoNWvHXKNDY7u0nkCBFTPx/Krchum3VNy4Kc8B69JWelVigPTHlDp2Ki3Fo6"
    "eO6lNrdQcNqmSKgwR7JVKuq5gHrovNA9f5dJWW8K299cWr6SBATt7SaAAOjwLkUYA8ChBT"
    "CPoZA8oToDozM2INRf2xdC/hEX9/BYtfcJdUTh9sYgcM2vZZGnTPOcmSnxDjZvw2j68Nnp"
    "EWfloJn6QkH+U2jzJ3xBbfjdh1xPJgbR6s3So/R2uDtS0DLIDm2dB97ZGcHMnnV6VODtQS"
    "Z4wdmh5NVV+EWeS2ZwBHUE1B1XfQhFjMtWzBAa4j7IEt4K7z+ejU0me4TnAfNIp01J45y3"
    "5dTG9lDhV3r9jg315UrDZjxisj98nJXpDjJ36nUyQ/KYVnr594VUpL8qtSW65KhBtyzIJS"
    "kdqpycNnoT4D/RsEL6ST5/Cw9NhxcDPlOWpXq2P9t571YgbXEv/L/YN72t/Q0x6PRdVDOB"
    "Zg0DXZiPeMk642TAeKrsbAhiqNjywp0w5HGf5Ydhxllk3FjxG1Z3DK10/ijL9WwCdCeY9P"
    "C/JLPE0ZDx9EqgI2CZF27DBMueKfoQMfoREaRU5Jkkv3cMFAoL0Nn1GflCPRm83lb0ixuR"
    "VC+ZW5lMQxuowCdZe14lQ6i+snZ+ZOAcY03SKnQFs0XbDZFVQ7jh5dlWq5iUY1q7i5/E7N"
    "8Bx05eTa7tsycqKfdeqBEcm2+ZLamz+M0BGBjfcrcySJcz9nGl0J7dakTHN1mNcg6T7KyW"
    "9GgXRGjD0CyJtKYN+UgH1D4B3xSH7CktqhHtFPSKd3tQzmSytYb8xs0TL0Gye2CG+H1W98"
    "CQleLJKY876GdLtGQqQdBhu2TMLwD8JoFMeNhc0vFzP2riMzm9dnupjVt/D0K5y2xcdegz"
    "P3fUdmbmTle6Qr35aSYlA/4TRZ3BBbR3Q2DzRjbdRrCDRLKHR+MLizhfszy5iFpvVx3F8H"
    "J0RRgHmjlczywBU7LtLoHnVhKLt0+wr1zCICJlx3zFVfBVx3TAi7uxWsPTCFly3Sh4R//t"
    "MzXWj8858CdPyfRCpidmZvVSjEo58a+Dr8XnqoUY5bPHxC5Vjh1OL42SWoxR0Y+lZoDqhY"
    "iMGzqbtnEeEK4i892ttHJMRTPts8tpyfsym9OH2wVTWQpYQ4rhVSKw/RHucmVx566hjElR"
    "MrU7PrODkn5z6lQbcS9+kbhVQl8oZJ2kk6rbhEL/Ezc3eHlpybs0vbaOkN3nv8FyAR8ZbE"
    "9x9E2MvdrZ010nOATRsllZRhDuL6LeQ6dPaG+qrQwpyVY9Ad0Ui41F51nBcLHU60lL45QQ"
    "YRbyTrEHMlUOWrxALtCH5gKlslytGoOuuj9pwq8uhOzsMhLhYOsVahAXTFsDaQlApXeLHO"
    "yfGgniy0hqVh6ruT7KdZWW5GbbMZ1SfTcYBmAyoNKiPGXkxtI5cgHzVDdVzFccGezu2Xl2"
    "UozvbCDOY+jP7+f0J0Sk6Yb3Bt3uB48Fnx4utmGBIPPvsrjnpR8Fly1B9t1dS2dI7LlAxD"
    "R2pTbssArxoca3dxR93Ct6pXLTWxqGveJbledJLljCZEUvTQuzb8w282QO91cNsqDJEkVE"
    "Q5E66ZbT1DHdiLoDdWwUoVLDwTsmyZRFbwatS37dnP4FU2n6Grhl847+DOtrkq9XL7rRWY"
    "bl4h+NZB4BjgR88BggHNp/8WLHQ/EFQBezkEay1A1xH8aYKjZJ/A3iXF3J7WCXent8udzj"
    "wlyWAhLm8FzVHdlTmZLVAfQQYCrYXoUwX70KdC69CnvG2Ilxi9YC4aT/rjSX/cvHa+ea1b"
    "pfH4MJ84zLxMGtvjq1m7vYF/GWU6RUaM288INAM8UaUhZFG/AGu2uJgtdRZlTpahuXsBd2"
    "qJhZgnX/QozMRlyRcHQ3HBtK8BYjndW7fme1WQ86u9As7x4VbHRE72xSbG2bsAtcuDytaa"
    "NGM7e/TdSDGXoejUBEsL/VOBS8I3oM4TPbIxVn+eZJqOcSg0TCeROmqWTg5UBaO0Kaim8w"
    "LsK+EFulvhZau6AnSx7Vh9tDxX0Kw9BDpmdlhbtmCDvWW7CBvh8VXY2Ja3J5ioa+myCjdE"
    "ZlMPPjVWhdCbdHQQ3KjNjdqdNGo7Gjoo88AvdqphFKeSR0IsKT3X/Y8f4lmNX5RN6MVYHI"
    "1IVV925IzxJfi9WEGPRFiI0S0zuUi/LFPWllyiTGxxGU0nn6Pm2eyZDOJb1TQBIQS+2taR"
    "EG/17nE3FyeDL7dCELKyMmdfphNc2QV9Y7AypxM0F9FLyzQgfj2e3smY1X9nPULM67+QRv"
    "eo6/k3eYDedYCxVhxgP0MNPZPGojy6FcBOhcbK/C6hAUH71AtAyLi4IsByKc1xQQA35A5+"
    "+3oABRWvS5KJIwEWFljj6VHpmxCNLTkjehmHwSUvQSzZk3kkZhOWZG6k50b6riHLjfTtyH"
    "k6BAXSzfGcXD2zvPPmBu4A4Q6Q7oDMHSAXmMjVHCD5a3IN8PJkGjrPEulczA9D5DiqOAik"
    "YP1OnYvVd5PMnaDKiJyVK7HEDDQEN9QyZKYpdj5F3DWc8a9T16urEm+OFmawVY7eDtszFx"
    "5/3a/C9dcv5vrr82qolyWe41Hxxeh3My+9hprkhBv3memYDN62U8soLC9yHkj47nDgDu7Y"
    "anmTjNUEYgV3sSpczPhG1hgV82/xhS/wy/H69m/KzXxZZ2rLHHpNO1P9hUQ1bxMS3Flx3J"
    "BL5kmlNs5ESmrHwK1qDUhMqmZjfmlPK1s1ndCwSzquEo/Lz6tMw5rPK1XTLC9YfTZYAxvg"
    "uZQ9tnIhpY+W9RRoA//ANcfCTvIPqc47XnasXu9b8cF4GKHcIJSrgSlBBrXAjmh9lYJg1F"
    "20sNMjPLbM8OzIDe9BJDu2QIM71fhpGPzP1sgOpYE8Fkc/9N9d9TO0z5OHsYQOkfBRNmjD"
    "xrslHZNDQuZyRqveYPJr7yK3zOsqFsFig2C+MIUNChyt1UJgUx202UrYG8yloYyD6G2gQ3"
    "dlDqU7/FIHj9BfkG8cSs9DkSuEIovL8a2gujskN10gKcvJBx2nQ5LbGIKsoWHYWDbdvpaQ"
    "afMAn7it3VSxxd8Um+Jv8pZ4fNACe6/aLh3QGTn2or77lRwf/RLHRz/v+Eh+Mwq0M2LsgX"
    "1TCeybErBv8mAf9EgKqFNC7AHdRKmXpM5d0QKXFuJGOB6L/XbmzYTl6UwLp3joqWMQVzVy"
    "ptdtleBJHgRcexBw7dwRqgFswvynJ44Qo466dUTWxRextCF6MLDsSNkn2tszba7Kje64Nf"
    "pmqeZHWSP8gsAC+j1raO+ALli2EHaBXqiC4202wMF/R/oS/r3oh2OWB2yszZNG1NIjjyBs"
    "mV86GjVlb1u6R1s9mCDM3oX5fb9S/Fu/JP6tn9NMDthBx/Go9BOCKHugN6J7+5uXTtYH7w"
    "1LLcwbTYplsF5jue6hXeaEmD7cjSRhNpcG8kIOq67G/iT/Ydo1MZfEUQZp/yBTnoHtUNo5"
    "coLsTe0GKKajc5hwgysrt5qSu2DF1beZ1zVWXEVXL4ug0BRP61iAQZM0p0znweF1lKqL9A"
    "ZKc1daipu7WsaXwSK2ZSnvb5Qq3DaYG8wVLvYKn47wINEnq0inN8pWRaiKwIbatkcwloVP"
    "rspMZOqhDc9t7dI+elVimTpBdzxXa2zbyr5AIXa8qCgQDpsziG4zSa6W6RJ5Sv+2mE4KbU"
    "0umadUh5or/J9gQKfD9wESuBiMlIqSIyzNcpNepXUP3MEd6Vp2ycPsz/8P/kgDUw=="
)
