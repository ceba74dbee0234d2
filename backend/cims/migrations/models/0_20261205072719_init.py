"""Migration 0_20261205072719_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
WECHAT: wechat
ERASURE: erasure */,
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
WECHAT: wechat
ERASURE: erasure';
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
    "16naq3tg58tYSXNx8TBHwuhnO54N2mESTR5guaE+WjokKXoZK94ljye2jHjhYNER0mTE2r"
    "yUTw43rRKIh1qVhJvmgvHA73uIBk8hGY3woiKDnZYqW09MGVHx+sjZMOKrM8VJn5Di4YwU"
    "Jz03GPFsdW7NoLJm+BqT6DjAcXZFMXPZNlelNo1AB1PTzS9q1kgEJ3M7xUXtFNDce6Ro4W"
    "KH30GC+/tq9/f5y1MpjgskD0laisGbcv0BIwFkhe7VY1gXe1lZgLuB8CcDx226WwJjQ0kI"
    "VFKIQZjrN1PubetRfYQGsTz4vWGpxXRaSbkM1mss2EG0yxS/6cPdSBJmc2kgL+RwI4+tJv"
    "7DtO4yl8RR3iasUyV2xgIMzuUqU7l4JucnskVOYiomhIsFuDpIULTXfjgp1T0vIdKOix7+"
    "PGYueti6idMWsIHTgDtIW+OCIH12mYu2LYKy/fu0Ohen1LfgdS2o6lqcl+9wZrLDaVDv0U"
    "KKPM0U/ruZNBkGvupAfmXiWTnEuQd47eltST3g9QB4PYA3dmcylpvPXRjchcFdGKRBwgcf"
    "2aIWsSlMTbC00D8VSCh8v8Qw0WMn/c5kQgVqj0+MQ6G/J4nUUW9PcqAa9fVwd84l3TnF66"
    "/a/Tsp3+Y7X0+czebTbxIucLa3rWeAM3+HDwMJ5/3qngb8y3gQQYd+Ew6ha8dlPPy6pyj9"
    "eVGu8R/V+C+eQdohSBtJIQ1VX0ptMy3FBPBNa5sRZPTaZlqSwRR4htVNB6DfioYuOAuoGC"
    "UIoizkyDe9ztKwnbLeyD3UsO5aNhIdWWaVgtZNAHRHCUaOoMyWxQJnRS8YEBy/09mI4EMU"
    "ImVtwKxcPSa1ziuLOYMajcmHNCz5MYksOlWNb4Tg1E4NS1UTXG5KVjHCnRcbHNk1STaihM"
    "2zxDqUbMXNQl1a6VclZqHYGmxaVD7AtFg9almLaq9XovsvYfvPk/0zz+gpT4byN3n4II4w"
    "aZ8On6HuqQZm45zPpnN0c8N8nPbessNUsbe3uK3Rpyr+C4qZnxJq84CcPPMbqMOwVnfQeK"
    "XHOi3Gnk76vhLY70vAfp8HewOfgUmNdVqKQ10Javy/gr2VVIkCaSn2oG5kC/FBewJUtuOk"
    "TFNb9dvdUX6uBPPPJTD/TNg8cOhogfHw+EXlIH3BID3PxPTBZo/yvjIWfdIMFVNm3EvBqz"
    "UIXj9MMD/x5FZI9v3m95VHaLtbJUq1z9sZyYsgLfVXTuA3/bASlZwDU7aLpMQuGulLOanb"
    "kaIBQ1RP3EQS4i0+G7GZRh5Kk6UiB7TjUA/sOZhyZ7FAKs8Ss+44DtJ43JX55asyFgfiVJ"
    "lJ87GMHm2flJ2qqZayB/YOohZLUf4uTuLnrgpfVDN+upgOZHGkRBxZ0yHarRxLg6qhRExZ"
    "lo7JgZZfMN2P5RtXTpkKVbwk/WIvST/nJUHDiYb8kc4jlRJq8Sw4dcHd3FSB+eamGGf8rA"
    "Boxf+NJ8F9EG0I9Le7LtXv/7M0zdvHoYpVsU5LsTe3G1G0wG5vWK90e0hShj2YG1GycIAc"
    "9YROCbEH9E0VnG+KYb7JobxTbeiig/u8hKh8L+3XuRby5DPWsxwEP9azxuJ8LuO0KPRjbI"
    "irtAzlb9P5wM+Ugs+WreH3vsvD6Xf81gvUrRf8zkKaifOgCowD9qodVIFpp9YW0DIqPnkj"
    "zbLKyrG3shq5BSVho78IkaX5XejoXchnG6U7nUMB9ub1zfsqCjVqVXxmvM8p1T5e9BM6I8"
    "Zn8tGZrOo60uYJx3JxYHhChIXZfOnAcJ57n5/XNefeq6bpqXgf0CySW7AstyQreXZqSXdm"
    "+4mZJTi8i0RRU4ZyLMLhPQavAQNCKkgqR1aCcUaOA30M6C4SdtiWsweaS6uYzubTxUwaLP"
    "3yEn4PuEjpUvbzCDUX4jTC4XQ+FnFZYd2ydyouQ5wuMdoOdfPpVTvTsJDuoYtsK9/QlL73"
    "7QrPwIZr37Ag/TKT537ZWJ/Q3C8I+zc04kFB2H+hEW/LCLrqhoqOK2rPubjKb6YncHEFYa"
    "6K6qKv9ei5lPUvScLtGCSmmHHtkC/C2cK9EkTAU/kJiuRZUOUaT4GzPFs72dN/kL7gKYNG"
    "2Avud3TRQhM/sjmQXpnyOPDww13g3xdnMmYcgO04Qjjf1F8wAdjb6ycOelqSD3pLBp2Qjh"
    "p++86VgX7f1MjWzIar2toWnpbLnRHlSdztWTX5vRKXuztplFOCfIzbPMZB9US6ZPGUDOde"
    "PM69GACWR5iaefEu7qhjAFdN+k5NLWrWxcQRpWmWR6TAj4gU778ep1AUg14Ywjt9jhvAPh"
    "si3AerAMV1788EaRD1wzxQCngG9cElPZ9IcNENzEynDqz8XuZ+tVdmocqW2DsXtBo4VLqA"
    "W2y0VSyPVJKVBrKQyyLZkm3ISOnKHLE8YmFRdMUG6Ds75y5NKehtHnTGKmbobYC5gfBEOw"
    "8v+dATq2BhVzvqyqth4//6qg3DnlhFK65tpNYwu+apzliFzAEbn2ZsB3B2H/ZwngnbIuhw"
    "HPfHLHKe/Qxe0VH5DN065tvC70+Ou2McNxs4e3x/rwW1edgZq5ihJ6ZTy5m5PPTEElh5As"
    "oSasQE7RRQXc8um4MUNUfCO+99os9O2vbLp+KzaniEeI7T8foWdcgIWCcSb8bTpoSAMzm1"
    "jhNxKsnZzRk5O+VQuRKKGTlVR7HWZLdkUe5AKHAmt09LT4OK5D5o+VFMxrD1SR6+lu1UdY"
    "dAuMDENo+dZbpbmjrLOTkOLqHaMrQdV7H2CAR0bSGY4YqXOUH0r0zmtbct3dNcR9mGYFWc"
    "pjm5y3n533Vkkm7RiaKDveWQylCVFjjISPL6BhT1DTB2ePWeAX1WnONPiX9EpabatKU9CN"
    "IcfUr0DUslOaaOwR6Jcbwp8d5Ztrsh3puPYp4U5bhT4v4CVMMlxMwdRf0gyDGnxByajmdH"
    "EYiUsKdkOfIUyId3EeVRNcjY36PNu+CiTpDNYL/Gwl27rJdpOdOHu5EkzObSQF7IYaZkHF"
    "LtP0wDPpfEUQbxYIs4CfC8KMf7KN7hne8UvPOiHO+jeB8hsimB+xiRTVW0O2Q1qQHvAC40"
    "SU+vXpTpov0slVkeyZU5mn6/FQzrxf9LmitjeTjEPJboLWArO6jrPptl+G70+mE2S7T19v"
    "tE2y/y5y+3whZu/Ovc22cM20DDdFqKrr7SGH2zYtzmm78EGarjKgkX/wlZZwVd8PyzNuef"
    "rf2wUSKvXeF6Sslwy3R2Ke0sE7iqTUC05OBPCvEb1nENAv0mNNEpD4KM1OWm7vWHm45MXh"
    "1uAsJudGuiVIWzknwaH53GYbolPdhZQY71cSV4i5QrYKDLLYGbuIQgKy3GqbFSN5ta+MtK"
    "sjwLt/K0EL+EZPdxjI93IrtSWpQ9ph2W7u9hor2yU+0ngtcAboqjyzKSzKyh/+r3r68/9t"
    "9df/h08/PHjzef3sWLKf+obFXdyZ/xwkqNLSEULaHx0o8CSZqPxGkjEQcdU4X8ZqTqAb/z"
    "wb85NpVi1o983kN+SPLjEQXpV2ReGSQ66tRgVGVeyUzDFPfKQFwMxKGUoV7J55qcEPIf50"
    "iUhPwn8ygqhPzbyeY85L9Lq/5KKA75f4Kne1ci2cu5VeiB7i1m04cFrvu1tzwH4Aqpc2ni"
    "10e1ASZS/4Iff5mOhspYwqEFt8IWN9xaCI4gdXVlfn4Q5+JkOUUPN56KznbXQu9K49lo+i"
    "uWiMr94RpiSJn1G+rQBprfboE0Kf8TcFNft8ed49Z30kS6l/3qqtPvE/z4EYG2hn5tVevF"
    "PK2O6nWVEkDXxRWArkls/LZLHTWelvorB4xHzLaPdHVmUlJtXmTVd7O0K7H/qYovsf+p2J"
    "mIn3WZf/iy6HeTi7YKATFAiJ7EqZmQ4y7NNptEgpGi20GTMuxR6jeyfQa8+HS6dkqGM5eS"
    "rEmqjfQdOlRTMhzV43ywRQUhqPlgz7FKtGPHP2qXSC3ZAkbY/ATm2FbBNrVwqdl2qfhGTj"
    "QPBcQYJbahmDmjgmEopu3gVqFO7aRXJVYhTgRxkp4fhaQ6mkWK/FjsVMM4Gs8aC7N05l/3"
    "P36IJyl+UTY/F2NxNCIQGEQBiqfhSxDnCJNjHE8DOC/N8c3sD+sdjfoaNmfQ8tdMiekdun"
    "iR+IWPZ+YcJC8Zctfd1BwDrv1jXSngbCtBPC/KIa8CuQuLSksed9RFsm3eSXqzkbiUJw/j"
    "W2GPPc3oR63Mz9PR8FbYWIa+Mhfy6JvvQYPGs+88m08nf5duhUfbMv8ApzjK6k9l0m2Ia5"
    "zlx6k4EjUhwqNQU8boOqJQfcVVKaxUV3z25gTbvHZOPIXrr8natfjUthwQnfPG8KA8HpTX"
    "usFoaVBepvgGweyaL89RbHfNFAbhhtfOrferEsPrxra80wPyDtJtvq308PE0nIvfJ8pgOl"
    "n40Xgv0N3qaJGaSljAa2VOpspoOvkszZWJJA0lpAeYlmJY5gYtXBMAHSCdYHr3N2mwRBrV"
    "rWA9/gv4N9mV+TAZid/vH0bKbD4dSIuFPPmMCRUM9WXtGcretjTgOGiUV+ZI+oxj7+5G8m"
    "cx6MYAGxx792jATRzu+vYBeDZYAxsQWV5KzEdJoTZPiFPjH969q6K/vXtXrMDhZ7lQR9cj"
    "KHDVFuBBuim8c5tdbw9MHYNGuQhn0mToL4xQfmWKM7RevuGFhk4f23rGC2wu4QWG37MBXl"
    "/4vXj5JpZtO9Tv8Kcop91OC6Rr4RVh4NBK7kb+1YM6HCsrx+Ke1ERM1gE3erU6K8te3ifD"
    "Ua060CB91GNaisc9VlpjEWj0KywtyYOI22y2wmOFDbpIe1YdkkF4CX4v5ATNibKwtMpGV/"
    "plWW6QjwcXK2pR86yVvrXZvG+9qTUbDVtsDuQxm3QmwbeO2pR3e8t2/2Y99gimw8PDqzKr"
    "IfSbKf8K2x0zGGKTsaDbr4LtmYJlC7heKXQFay2owhoa4L8F6DpIJcSdCjib0RF2qvMEdM"
    "H36juChe5jP2WVwvp65WbLdpktgelClzI1J5K4IClrck+8QJBT7WZAvEgU/wUF0ikhBlXu"
    "/s1NBZxRq0Kg/WcEpJ2t2r/5QI31QexiRsAOhwyg80BB50Ee5dLaCAmpC1ZFeJt7eI1FEd"
    "pu3a7FvTR/mEx8yzaaIKZv2R58kQZfsRFb2wLtCduwB9PxWF76hu3gFuIG1u77h0Vg7F57"
    "Dn7nXpRH+I21ila23g4rt2thQk7beqEqkZgSYoaLqj5mvTD5nxLWrBgHNgss+B06LnarUC"
    "Kbk+PQZqHd2xb6lTvFZ/yjcXRl5Ti0OcJkb29ADf14anAJkhzevAcR6/h5VIvDpA8SPEq6"
    "3Ch7Clcv5yfi/EQtQJ9dT+4amtDZnjTsGVHuYGyzg9HFVID48KejeklL8UpGR71bEWI1eL"
    "cCD8oy0WG3kK5MS5KeZCkXF/oOwuRhNCpzcaVoDixbJyhzd6Hg/dckuWwZ7HO/qw6eVUWo"
    "/9m8JzDErNAZeMD0qD/QPjQ96hJcboEQ0AYJcWSx77szhaA3oAtIVxfcreoKW9URTEuQh+"
    "gnYA5V3BA796wXM+8WrK3nlbkyRdTHj4GYgI5O3UFiAIv/h4Nfb4C9R5+L+kGfgz5BFwyg"
    "PoOgVeQfElTDMkETnsYy0njGnI0XoYkvdkkmxprOg5MSq0eredvhaDrnMwqdMC0q7TEtxq"
    "D62K+SntAvzk7o55IT/mU90l0sDwI8ZOr4pTKMjqnlPhlG5HQM4Kp3ycO8amGkVHyVL7wh"
    "JS/7R+9ISVXj+C1JFBx0ndCFYA0KO9Q9AvzWj29Cdw5VR7eLH/9H8H/QFWqlA9906VwJ4W"
    "Civyy/Nyd/Uaq7cx5G1a4wKtrQnnqjelp0S2kktY8HqV0kSC2Aj4oDJyHCvTv1e3fQOaD4"
    "5wDdmCSl+LDUPizRkUwzKEkZPiS1D0l4N6IZkYQIH5D6ty7umOaO6Ragz65j2tvrJ456Wp"
    "KPeltGneCnjh1TFWnGUiaxWvx81cxhHfGsNuvjM11gB6WDeyQDVuLxVan1KtOwSY6w33L5"
    "k5rm2Xa8OaA3/8HdZK10k2lb1TSBQb5eHU8JSYi3+Z7Vu5uLk8EXTBaMfsZ2Zc6+oI31Vt"
    "ijbwxW5nQykvFLyzQgfj2e3skj9HpnPUIDvV5Io3vU9fybPMCVRIGxVhxgP0MN4CqgojzC"
    "JUBVaKzM7xK6X2E+M4CQcTHB2HKJSYsN4LqnVfNsgKTYr0xayId7fNBTHbR62OXJ3fRhMr"
    "wVoPmIqfHQUD8sw7csz32M6PJoB6XK9bv48p27eu89Gx3wVKbfhEibR6BN9l/H2+1Um6BJ"
    "FpN+JESYQPnSbB9oA1kT6ggVT+tYoCFuFZYCLzKXLBrdLSPKoPLWXWUtr6MXFTasmLUbS1"
    "/QiYXUG081KM2QvbE4eRDRZSqQXpnyeDado9tU4InHDJUyJqeE7bhHBcGTJ7AgpsSYOFca"
    "jzHjtknGrFRVbJOq5qdQ0oW8pYV4KkU++TLQgelQTclwUAn8AZzXrrksd93TKHeBtBCfsJ"
    "wukEZrqIkuML/p1oDuXdxRt+ZvVWhTJ00FYMPzvgZkxUNPbEKbvhpVwDbcRWvAdnboiU1s"
    "0wcOdVR80kppP4NXBZrP0FULwpFo/K8Lvz857o6dIcgYd33YkPKxxwVkagFtHnbGEGRNeq"
    "6/vmpDS/N2wP+4nOc6+fiqzHP99KoperLlRV3XIckdnb/6r+KsbizzwQZUboKwOXN5D/VH"
    "46NvEOBDRLeCrzch32ZTJT5l5aE0WSqyz9/oQB34V52VORMXi8COvFcdJ7Akf/mqjMWBOF"
    "Vm0nwso0fbJ2Wnaqql7IG9g6jFUpS/i5P4uavCF9WMn95P55L8eaLEnxq1Wwc3IyX+BpHE"
    "3cNCnkiLhTKSB9IExxE8eg40geMoBtRwyvvKnC6/4GABy9+rWjF9ghx7mqV5kGjzdDlxfT"
    "bCNRwgpvg/kB7pgxxnGz7uSICO4/k1vrAiRIoFKIabIMriDK8yv4tnNwlvgO6VhFgj7Lcp"
    "RjoWKnPZdPZiTkIXe1xy3Kl7iA4SSvjSUo3j9wYVfivC1z226/qKOX6T5vK9jKmrn4EN0e"
    "/36a2X8jygt3bRDGkJnXX0/Sjd6BkxFmoxXSDJJ0aN3pOeEeU8hG0OGQpXOHVoSlKKL6mK"
    "1TkD0E6pzZmU5AuqCwuqqHDg8UXFVt3ALNVVNa6rMrKrXLw2T/7lyb9tQJ/dADt0pXOIeU"
    "CF/oyExOWCld43NbI8BqzFyPJgpYsGK70NY99U9NztwIAFPuPk46syn7GF9rmtoh1aNukz"
    "5q7hS7qGg0El7qklt8CkEHNu4vr9Im/LPPjWp9UFck8Buie7ylZ1CDGgJemQaTH2FMf6Zz"
    "JStf30dMWzIRWTV06wHXxe+POY4fPCzxXD2lgerj1w4kCVdsIHrfZB29gqOkqDD6IYpowY"
    "H5jaB8bRrKLAroLjJBK4oEezKbAvEJhjWwbdlI8F+GSvfbJjKqtnwmwvLRN+ELpglfBIL+"
    "hslXBuDC7eddg1BvO04OYNlzwLMJpBNWQBvo3FMspkI1grE0luxZbKRE4dN1J2al1flRkp"
    "0UBT2SfD9syZJhtIQeCmyUZNk/h/BVCFtCREOMrVUNYQGhurKOOgAtFqQr7NmPeG0my6wJ"
    "lQOkAXVD+TCt1NlfhtfPFX4meDuTSUl8pAnA9vBQ1b81xFQ2f0yhxNxcmtYFiqiflY58vP"
    "4mefkdV2N+hgxkyr4mj5BTOtqoa7XZnyZPGASV4lTPbpeHaM4psHOPtUe6ZGF8WUkLmgsW"
    "Yw+fUy9prrKqdE8SGRhZgbBxo1DuQ0mipEBiHbxJmZ+NVJOdp2qFSiLdAsXFwQng3TIOqH"
    "HZUwnUd2YLM/tx5BmhefQawwweRuB0y9DvqQeaozlpZhw0aCZ6gDewEcp6CQQ7bJ1RGjgd"
    "9YcRKtK9QifbStFwfY/+EIDtyYP0JTUF2/0jnYPQJdB7oQ9Sz8gIuoa5b1BIGwtYywbvoT"
    "eP1PUh3S+jrmlox2WTLQwFCHqSRlmLNo1B+iglS8DZ3fNhJos+Z3qrZdu77lh4JG/qXMyV"
    "dSVyYlxlIU9kUqzCTg3xHisot95mFz7jGv3WMe5oKjo9XdK0EkIc2mUyDOXgxiI7EjEQkD"
    "vQ89LXkZH3pLOBza5DKPQCr1mfNIieI1xm6khF+khi5QIinC0t2iqUCJgsJB1HESC9zPGE"
    "SUZB0DuWq0RHJ2pYIlBuJiIA6lt4qVyBiPCFaQvHmp2Ahi59u2nxmUV7KsV88ooRBVzac8"
    "/oudahiFIxDJsLQlX/c/foiBxy/KoF6MxdEor8M5GtpoCduvYalFB1wkkYFyjUU6CGYJZs"
    "Ppw91IEmZzaSAv5FBxi+8n/sO0E20uiaNclhImA6EMu0gJMWgKuq4UeHFdEnhxnQ+8CEH7"
    "g8qgmRLiSFdDuoN0e9Z6DSIiPIoYl+n9veQT6YXyK1McDKTZEr+lahrYu/i9oTTAZYWHOB"
    "RGw4WFW0K451+tlELuj+JVkRNkcGXw2nXcRlCHjQAteaifNOppSc4K12r7H2f8YazqG4u4"
    "cialCzApxaa2ty6g1VVwz6yg1awdc40Oje3SegIFVszE86tyG6bfUnHjpjwHrEtb6VWJAd"
    "IfU+rYqbQUj546qk+t1R00qJIpDhLslUi5rmIeuC42D1zn01Vawrf21hevpoMAOXlLowE4"
    "PAqQRwHyKEBMIehnDChPgOrMzIg1FPXH0r2ER/z9FSx+wV1SOX2wiR0waNtnadA95yRLfk"
    "KMm/HbPL42eEZa+GklfJKSfJTbPMrcEVt8N2LXEcuDtXmwdqv8HK0N1rYMsACaZ0P3tUdy"
    "ciSfX5U6OVBLnDF2aHo0VX0RZpHbngEcQTUFVd9BE2Ix17IFB7iOsAe2gLvO56NTS5/hOs"
    "F90CjSUXvmLPt1Mb2VOVTcvWKDf3tRsdqMGa+M3Ccne0GOn/idTpH8pBSevX7iVSktya9K"
    "bbkqEW7IMQtKRWqnJg+fhfoM9G8QvJBOnsPD0mPHwc2U56hdrY7133rWixlcS/wv9w/uaX"
    "9DT3s8FlUP4ViAQddkI94zTrraMB0ouhoDG6o0PrKkTDscZfhj2XGUWTYVP0bUnsEpXz+J"
    "M/5aAZ8I5T0+Lcgv8TRlPHwQqQrYJETascMw5Yp/hg58hEZoFDklSS7dwwUDgfY2fEZ9Uo"
    "5EbzaXvyHF5lYI5VfmUhLH6DIK1F3WilPpLK6fnJk7BRjTdIucAm3RdMFmV1DtOHp0Varl"
    "JhrVrOLm8js1w3PQlZNru2/LyIl+1qkHRiTb5ktqb/4wQkcENt6vzJEkzv2caXQltFuTMs"
    "3VYV6DpPsoJ78ZBdIZMfYIIG8qgX1TAvYNgXfEI/kJS2qHekQ/IZ3e1TKYL61gvTGzRcvQ"
    "b5zYIrwdVr/xJSR4sUhizvsa0u0aCZF2GGzYMgnDPwijURw3Fja/XMzYu47MbF6f6WJW38"
    "LTr3DaFh97Dc7c9x2ZuZGV75GufFtKikH9hNNkcUNsHdHZPNCMtVGvIdAsodD5weDOFu7P"
    "LGMWmtbHcX8dnBBFAeaNVjLLA1fsuEije9SFoezS7SvUM4sImHDdMVd9FXDdMSHs7law9s"
    "AUXrZIHxL++U/PdKHxz38K0PF/EqmI2Zm9VaEQj35q4Ovwe+mhRjlu8fAJlWOFU4vjZ5eg"
    "Fndg6FuhOaBiIQbPpu6eRYQriL/0aG8fkRBP+Wzz2HJ+zqb04vTBVtVAlhLiuFZIrTxEe5"
    "ybXHnoqWMQV06sTM2u4+ScnPuUBt1K3KdvFFKVyBsmaSfptOISvcTPzN0dWnJuzi5to6U3"
    "eO/xX4BExFsS338QYS93t3bWSM8BNm2UVFKGOYjrt5Dr0Nkb6qtCC3NWjkF3RCPhUnvVcV"
    "4sdDjRUvrmBBlEvJGsQ8yVQJWvEgu0I/iBqWyVKEej6qyP2nOqyKM7OQ+HuFg4xFqFBtAV"
    "w9pAUipc4cU6J8eDerLQGpaGqe9Osp9mZbkZtc1mVJ9MxwGaDag0qIwYezG1jVyCfNQM1X"
    "EVxwV7OrdfXpahONsLM5j7MPr7/wnRKTlhvsG1eYPjwWfFi6+bYUg8+OyvOOpFwWfJUX+0"
    "VVPb0jkuUzIMHalNuS0DvGpwrN3FHXUL36petdTEoq55l+R60UmWM5oQSdFD79rwD7/ZAL"
    "3XwW2rMESSUBHlTLhmtvUMdWAvgt5YBStVsPBMyLJlElnBq1Hftmc/g1fZfIauGn7hvIM7"
    "2+aq1Mvtt1ZgunmF4FsHgWOAHz0HCAY0n/5bsND9QFAF7OUQrLUAXUfwpwmOkn0Ce5cUc3"
    "taJ9yd3i53OvOUJIOFuLwVNEd1V+ZktkB9BBkItBaiTxXsQ58KrUOf8rYhXmL0grloPOmP"
    "J/1x89r55rVulcbjw3ziMPMyaWyPr2bt9gb+ZZTpFBkxbj8j0AzwRJWGkEX9AqzZ4mK21F"
    "mUOVmG5u4F3KklFmKefNGjMBOXJV8cDMUF074GiOV0b92a71VBzq/2CjjHh1sdEznZF5sY"
    "Z+8C1C4PKltr0ozt7NF3I8VchqJTEywt9E8FLgnfgDpP9MjGWP15kmk6xqHQMJ1E6qhZOj"
    "lQFYzSpqCazguwr4QX6G6Fl63qCtDFtmP10fJcQbP2EOiY2WFt2YIN9pbtImyEx1dhY1ve"
    "nmCirqXLKtwQmU09+NRYFUJv0tFBcKM2N2p30qjtaOigzAO/2KmGUZxKHgmxpPRc9z9+iG"
    "c1flE2oRdjcTQiVX3ZkTPGl+D3YgU9EmEhRrfM5CL9skxZW3KJMrHFZTSdfI6aZ7NnMohv"
    "VdMEhBD4altHQrzVu8fdXJwMvtwKQcjKypx9mU5wZRf0jcHKnE7QXEQvLdOA+PV4eidjVv"
    "+d9Qgxr/9CGt2jruff5AF61wHGWnGA/Qw19Ewai/LoVgA7FRor87uEBgTtUy8AIePiigDL"
    "pTTHBQHckDv47esBFFS8LkkmjgRYWGCNp0elb0I0tuSM6GUcBpe8BLFkT+aRmE1YkrmRnh"
    "vpu4YsN9K3I+fpEBRIN8dzcvXM8s6bG7gDhDtAugMyd4BcYCJXc4Dkr8k1wMuTaeg8S6Rz"
    "MT8MkeOo4iCQgvU7dS5W300yd4IqI3JWrsQSM9AQ3FDLkJmm2PkUcddwxr9OXa+uSrw5Wp"
    "jBVjl6O2zPXHj8db8K11+/mOuvz6uhXpZ4jkfFF6Pfzbz0GmqSE27cZ6ZjMnjbTi2jsLzI"
    "eSDhu8OBO7hjq+VNMlYTiBXcxapwMeMbWWNUzL/FF77AL8fr278pN/Nlnaktc+g17Uz1Fx"
    "LVvE1IcGfFcUMumSeV2jgTKakdA7eqNSAxqZqN+aU9rWzVdELDLum4SjwuP68yDWs+r1RN"
    "s7xg9dlgDWyA51L22MqFlD5a1lOgDfwD1xwLO8k/pDrveNmxer1vxQfjYYRyg1CuBqYEGd"
    "QCO6L1VQqCUXfRwk6P8Ngyw7MjN7wHkezYAg3uVOOnYfA/WyM7lAbyWBz90H931c/QPk8e"
    "xhI6RMJH2aANG++WdEwOCZnLGa16g8mvvYvcMq+rWASLDYL5whQ2KHC0VguBTXXQZithbz"
    "CXhjIOoreBDt2VOZTu8EsdPEJ/Qb5xKD0PRa4Qiiwux7eC6u6Q3HSBpCwnH3ScDkluYwiy"
    "hoZhY9l0+1pCps0DfOK2dlPFFn9TbIq/yVvi8UEL7L1qu3RAZ+TYi/ruV3J89EscH/284y"
    "P5zSjQzoixB/ZNJbBvSsC+yYN90CMpoE4JsQd0E6Vekjp3RQtcWogb4Xgs9tuZNxOWpzMt"
    "nOKhp45BXNXImV63VYIneRBw7UHAtXNHqAawCfOfnjhCjDrq1hFZF1/E0obowcCyI2WfaG"
    "/PtLkqN7rj1uibpZofZY3wCwIL6Pesob0DumDZQtgFeqEKjrfZAAf/HelL+PeiH45ZHrCx"
    "Nk8aUUuPPIKwZX7paNSUvW3pHm31YIIwexfm9/1K8W/9kvi3fk4zOWAHHcej0k8IouyB3o"
    "ju7W9eOlkfvDcstTBvNCmWwXqN5bqHdpkTYvpwN5KE2VwayAs5rLoa+5P8h2nXxFwSRxmk"
    "/YNMeQa2Q2nnyAmyN7UboJiOzmHCDa6s3GpK7oIVV99mXtdYcRVdvSyCQlM8rWMBBk3SnD"
    "KdB4fXUaou0hsozV1pKW7uahlfBovYlqW8v1GqcNtgbjBXuNgrfDrCg0SfrCKd3ihbFaEq"
    "Ahtq2x7BWBY+uSozkamHNjy3tUv76FWJZeoE3fFcrbFtK/sChdjxoqJAOGzOILrNJLlapk"
    "vkKf3bYjoptDW5ZJ5SHWqu8H+CAZ0O3wdI4GIwUipKjrA0y016ldY9cAd3pGvZJQ+zP/8/"
    "9VYJhQ=="
)
