"""Migration 0_20261205110400_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "name_sound" VARCHAR(24) NOT NULL,
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
CREATE INDEX IF NOT EXISTS "idx_customer_name_so_a38ad5" ON "customer" ("name_sound");
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
    "trusted_documents_only" INT NOT NULL,
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
    "decided_by" VARCHAR(128),
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
    "name_sound" VARCHAR(24) NOT NULL,
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
CREATE INDEX IF NOT EXISTS "idx_customer_name_so_a38ad5" ON "customer" ("name_sound");
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
    "trusted_documents_only" BOOL NOT NULL,
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
    "decided_by" VARCHAR(128),
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

CREATE OR REPLACE FUNCTION "cims_audit_append"(
    "occurred_at" TIMESTAMPTZ[],
    "actor" TEXT[],
    "action" TEXT[],
    "entity" TEXT[],
    "entity_id" TEXT[],
    "field_names" TEXT[],
    "details" TEXT[],
    "customer_id" INT[],
    "request_id" TEXT[],
    "client_address" TEXT[],
    "canonical" TEXT[]
) RETURNS INT LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    "prev" TEXT;
    "current" TEXT;
    "n" INT := coalesce(array_length("canonical", 1), 0);
BEGIN
    PERFORM pg_advisory_xact_lock(7340021);
    SELECT "e"."hash" INTO "prev" FROM "audit_event" AS "e" ORDER BY "e"."id" DESC LIMIT 1;
    "prev" := coalesce("prev", repeat('0', 64));
    FOR "i" IN 1 .. "n" LOOP
        "current" := encode(sha256(convert_to("prev" || "canonical"["i"], 'UTF8')), 'hex');
        INSERT INTO "audit_event" (
            "occurred_at", "actor", "action", "entity", "entity_id", "field_names",
            "details", "customer_id", "request_id", "client_address", "prev_hash", "hash"
        ) VALUES (
            "occurred_at"["i"], "actor"["i"], "action"["i"], "entity"["i"],
            "entity_id"["i"], "field_names"["i"]::JSONB, "details"["i"]::JSONB,
            "customer_id"["i"], "request_id"["i"], "client_address"["i"], "prev", "current"
        );
        "prev" := "current";
    END LOOP;
    RETURN "n";
END
$$;
"""

POSTGRES_DOWNGRADE = """
DROP FUNCTION IF EXISTS "cims_audit_append"(
    TIMESTAMPTZ[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], INT[], TEXT[], TEXT[],
    TEXT[]
);
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
    "eJztXWlz4za2/SssfZlMlZPqluNOnufVVNES3c1pbSXJ3clEUwxNQhLGFKnhYsd5k//+AG"
    "7iAlKERMokgi/pmMSFpIPt4i7n/l9vZ+nAcL4TNc3yTLd3K/xfz1R3AP1P9tWV0FP3+8ML"
    "/MBVHw2/rZpo9Oi4tqrhvtaq4QD0SAeOZsO9Cy0TPTU9w8APLQ01hObm8Mgz4X88oLjWBr"
    "hbYKMXv/wLPYamDn4DTvTn/klZQ2DoqS8LdfzZ/nPFfd37z2TTvfcb4k97VDTL8HbmofH+"
    "1d1aZtwaBl9/A0xgqy7A3bu2h78+/nbhD41+UfBND02Cr5iQ0cFa9Qw38XMflcOznqJMpk"
    "tlIS0VpUcBkGaZGFz0VR3/12/wV/i2//77H77/8frD9z+iJv7XjJ/88Efw0QdgAkEfnsmy"
    "94f/XnXVoIWP8QFU09s9omHIATvYqjYZ2YNEBl30tbPoRli2F96d+ptiAHPjbtGf19+XYP"
    "lFnA8+ifNvrr//K/5ACy2AYGFMwjd9/xWG+wCv5tk2MLVXGoCTMvVAHD04YHxYtjGgg8nP"
    "vcugXAXkYoyzED+qhmpqII/w2DLBKxnihEwGYR1ocKca3w2Df5tC+11DSJdAO5QG8lgcfd"
    "N/d9X30XX+Y0A3QPdhLM3lQfgqM4NtoENXMeAOulQYZwXPBjrcF6hwbnDrqB9qa48A0BX0"
    "NXI4DxEsZJhTQlmMkZQLd+A7/D9NTeU3glhcStmZalgONXwpoTPh69AEzaPnuKrrOeRzSk"
    "Jnvg+fjD4g2jhTMB6kL3hiIQ0UPgPKQ6snDpbyF+lWCKRX5nA6H4uT5a2gW/ZONd2VeT+f"
    "/lOaoI+0rd+BuTIHo+lCGt4KwVzpnXDkvf9Q4cx7/6Hw0MOvsoqF41o7YCtUWnFG6rh63I"
    "FNoh4N+YDs3rZ0T3PpgE0LcVxDXPFdbv1EvHhEUzEP8r1lA7gxP4eKRXLPyQAbXl8Hia46"
    "BvIf0USKnh6OEVt9iS/B2YWLMEC/HAQqxVxaLJFKgfAmTOMa4J0demIU3fTqLQAXz+VHVX"
    "t6UW1dKZrU1m5vBB+fw/0ulL3/PAeG6v+U4hkd9dNZrSOHeWpyoscAG5BQ32ciJR96YhQr"
    "9MZ0asFqeeiJocXsL0yrbyUWZGqp5l/t+rvsE9VUN/5Pwp+NPymyjBrAJptM/RdXpQbTuA"
    "k3l3ZJabkqMZc6Gjo9CWeqYakFyMYSGXDXWKS7y5B4q5w+3I0kYTaXBvJCnk7wp+xenf8Y"
    "h5dpY8hcEkcZ7dsGqkPc6P6xmE7ICCdEshd4qLnCfwUDOo0h3fvftWf6W6rw6EHDhabzHf"
    "68vzdlSy3BH0PkY+6EmEcXyG/G4k/ZuyW61N75kFmOu7H9XvwO7jpmF8jtLr5FjNYoMJ3h"
    "Cz+WXJnSYiCOxCW+8aNGqoG/3socyouxvPDtADp0dtBx8NMBmpTyfOxbByxzDe1dWwwENn"
    "iG4IXOtZOUOWm8WqZfpTH+UMW786HYu/Mh590J8FKCDSgP9BL8VnAo5ARZQLsE3aX007J8"
    "Z4rPidF08jFqnt2ucp4JjI2iEi65w9B0W+iaSEiWWX3x/zS0TzU579Hv06em8dqL7xOFIy"
    "OP0Q1XHM9Sw4Ptw/hNP32Eh0+/ye5DcSfCV3n5ScB/Cv+cTqTs+RK3W/4TGyt6qudaimm9"
    "KKqegCh6GsFI2tZOGfWMaA3D3qEF2KJhjjApHefQL3PC2k4K8jFu9RhzH0ZDPoyEzYgI7h"
    "3cFOKbl60H4jbYBf6n37++/qH/7vrDjzff//DDzY/vYqTzr8ogv5M/YtRTS4e7PGh2sJpc"
    "HsVW+bxZkLg+8oMxNcHSQv+pOBRnWlXfdFlUHYv8nlBlOM6zvHo6dKVnUBCxenh7VWqDxe"
    "0UEDdsjSW2bAdmzBh7gU33qsRka2l+QOUpumRGlL2LIkvaJFrWFpW1Kxa4mGnyYqau9/0f"
    "q9gT+z8WGxTxuz+yABPPy1KEyQ5JBiCu35qIzijoUkWKHyQuF3XXeYCJF6JjGJNvQnWZaV"
    "maxUFH+C8qJ15GjDvyanfk6cBVoUE1KAmRswakOza0RpB/OztXy7aemq1cNkC/yiFH6pY5"
    "OZNSLDjemt7SNQOiUxDr4miSF4QCFBnjs5Ic7+N4723wrGxVZ0sDdUqIq4MVYKZFuF5wW5"
    "T2Wg+0OcM3jWm2TrshGh0b/u7Hwg7Qsx7RfJhtdFVuRUw0RzMibN8aY+KfxZLYWFgnHlLq"
    "HTclxDeFqmoEnbaWEuLHWqWgNB3aQHMVz4Z0enFajkGwb969q4A2alUIt/8uEyCrWXtCSH"
    "gx0LHABVNlmzJipPHt39xUwBe1KsTXf5fG17SI7A4lBCUW2V/bfWtdI/j6x5i2VQ38MVRA"
    "5yUZ3DMacaWkkVN2SAu06I7Fog4YHIEq+Bejn3djIWVeidy11Z3yKTGWgs4u4p5PwL8jOG"
    "mLTdBhc+4PqN0q7QDHwdfZJ0Dlc8yIcXteBZeYuoMGFcgHCfbwva6S6nRdnOp0nUt1Ar/t"
    "0c3FOSHAJy3J43vaHN/jnZYP4PFsgG6Mr+Oq6zWdizQpwpJK1hTnjo9XHl/q6PMF7mcMIh"
    "7QjoFcNeg5ObtS4c4DcTEQhxJd8Hl9Ho47G43Otkdwa4Rvrsp8GY+HNtx/0aV1fXXEf0Fr"
    "PmDSa1F/Hr3/LwW0UXsGDTHvK5nP35eYz9/nzef4XwVQhRUnRDjK1VDWKCOLNXbjim+q+Y"
    "BKXEAEiuQOERFcFnq2mAgoYlzy4Z/ncgKyl/KZWkWcE7A6VkFUxJkwTXEU1MDviVGYCu67"
    "NCDRXXU7CZJnP4NXBW2Me9SOlLVBhZff2zzsjCHImrzRH+heCZf6FBds8b1eSzVr8mr/S4"
    "LVTUdNkfKCWvzSUx0HbkzgD3rYwn/uAnUXmlGSjzP5DTbQAHwOdKF/cevBRa0HW9U0gUG+"
    "Hxzn+EuIt/m60Lubi5PBp1shsICtzNknpBjeCnv0jcHKnE5GMv7TMg2I/x5P7+QR+ntnPU"
    "ID/b2QRveo6/kXeYCeOsBYKw6wn6GG3kljUR7dCmCnQmNlfpXQRWF5K7wAhIy7MkfScinN"
    "bwUDuG5wiry9VcMBz8AuvBNW4HVMyLd60EfTrwh56wUNqDSUH8ZoQIEOvd3K/CR/RJNhCz"
    "doKgzm8lIeiGgMkawLtaAezRsHqiR/SW6YirkFM2JtHp1a/FxNUAu2nfSUEK4SnZ89ygUy"
    "lwaS/AUTmEY9rExx8Hky/TqShh/xc6TioDuwAfQNfidPvqCbs/xRXMqTj7cCNJ+B48INUg"
    "vNTRF36lxaTEfhZziW4X9GuqgKboM5WIM2QU2jduyUSa2mqvUsKcNeAEcTIesH3S8H8zFS"
    "x5Qogya0jpjMKvn4k1vJCYNNEOcxHW0e72i7P2lhp0T5OLd5nDlbK/tjHOtzp8RZZmT5SL"
    "d5pCMF/KRdOyXKx7nN44zUKSU04NIrYglJrnS3ephDTerEoc5L8+Fu9XCfNsy1Di/fs5vb"
    "s13Fhs7TKXt2SpKPcptH+dEGqrY9SQPLiPJxbvM4W56rWUXxxccdDQnxFpuZe2OE3lKc/6"
    "zMpZEs3WOfqglc1cZBJwYE65U5mU6UXCsT/Z5cS+mn2UiciEt5OrkVwG97QzX9iBTcR0Iy"
    "bH+KC6FfxbzdLzZv9/PmbctyFU31HMJAl9QIS0m1eHxb68WzgU87qKg7yzMJG+kYTa7XIq"
    "03K5rdSIEGd6rx3TD4l6nBGEoDeSyOvum/u+r72B8qdk4extJcHoSvyHD7nPmmRhVvTpK9"
    "oPN0MPm51xDOmeTnKrnPxanPecixuQXhSJzfhYFRWbHL5U6+awrlmqllHcuzi1iHKgQAxN"
    "IXnMM71fTCuBWas1mcPOC4l0B6Zcrj2XS+vBXgbm/Z7soUZ/KtoO7hKSdp/c54dFgC21QN"
    "dLwT4npLSNwzcrWcpi1Ke7vuV9lX+sUbS24zjzJTHunShlJSTIQeNc6KyJOH/iTJQykyi7"
    "1+4qinJfmot2XUCff9XKrFM7AdYjRnoaaWkLickva+I0qaqvkaLB1nSFqooaoKl10wNcOq"
    "oV++sWxyoZzichVpKU7HQkKWF7xtCNm9bemeRrkVpIX4VkCoI3xI3aqIaUKCA8orAlcCuS"
    "ohU7WKwKSjrA58o/zKQaJPVoFOn+UVgA630hpwnh166tZWURXc9KlTAdtQY60BW/HQE5vY"
    "ppX7Ctji46oGYJdhN2yimjjTqauwJ2y3z+dTVsSbcFz6m5EdmMTIAM1n6Ko18KEEnAxy3B"
    "07M5UTWZwHGepC3QDUyMaVX86faUu/v0HcHUsr9CIEILFyWUYEktRAKxCCKEkt+CgzSE8U"
    "3BfrWwNt14bgqr9ZprV7vRJCrUVwt8AUoOPguW6ZQLCtF2EPbGGvQvu7rJPwnL5W5sr89d"
    "ew6a+/CqqpC7/+6rfGf9kAiwuSuTGgsxXQbEK/X/gGPxvcz+7+4lwJa8sWoOsI4c+HwPnr"
    "3xJ9Kr9v090GD/wettAEDsBfyvkOvcZ0megV0gJeHb+Bg0ZGeMFfX12Z/mej3yHY4MWyda"
    "BfCY6F/sAOVMf/AAszqQjOq+OCHf4+Jnq7Rk9cS1Cjr/cqPL6ir+tjSOBg+SWpYvtfN2BJ"
    "4ZSrb0WawilXG+SrLLxPlhVAjUUYdDy/71dCuV+Ccj+HcrCPUGAcCzCIcL/SPO6XzON+4T"
    "xGR8sJUzmUYhDr5mYzJdJJGQZxbmROI1VqAwsImyvErMfSF4yNe1TNpx4d4j2sRt4K2nr/"
    "uDLvxMnnWyHu5Y0LmKGr1TOpepllGUA1i9zekVAG9kck1RTukVJy2fDlu+l05Id+RAEhd3"
    "I2WPxhfCeh/SUT3Exw2PLgLMbCdOpldo6u2HWZNTs4D7idqYt2psB+XmZkii3sVSxMIG58"
    "1Lw0NYGAGUM3QIAmNn9EnfzFEbbQcS379VZ42VpXvn0F/1d1fSPKy/Y1b2A6u7cqdLeH3x"
    "kYRyLC24w/Otjq0f/T0deWFR1lzBhzkVKjxSabJ/TjT1VbI9k2XxJ69/IIEyiuoYEZFZdz"
    "cbKQg0xJNBamA4NESXGxkD9OxtJkeSsETIU7tHoxA+MAHb4fp3N5EdJBhoZTn59xMB0HIm"
    "g17MLV/vYJIWvb2innsXVmumhxoiXn6jwyG5BOd95cSHXAZ0J3ZwJSQSxCVF0JZWsk0OYN"
    "vjVJS6ewjzB6D+7IvZeQnpLPSkJXeoeObPwg0eLdspaxbIKgILi5EE4rXK+9wK50EMkuJq"
    "i5wn8FXKO+MTvq/649079wC48eNNDh4XyHP/bvlLbVOgYEQ1Q+IFnsMwsGd5AdkI4kaLXe"
    "bU4wkVHmvGTEOLY8negN0zSS9tm68gg6CHPl/IHM6q2SqcEzYWrPhCl2YTRrYzYdYLpzoF"
    "l22vpJbHBVbmH2myr2oW2zlc2ym6NnI5XBn2vBVwjrk2Hrb+JdwFoUrGhbNfF04yXMLhqN"
    "lxiMU+w+CfE23/97Y3H+WQpMODvVfgKB+QbdHUVlgVRf/4WPkYN+tv9uMJeG8lIZfJIGn3"
    "F1K6BDV9G2QHtambP59F4e+UJ721pDA49gteFsmH0mWkW54SyNcUhIXTDI4W3uo3UGOfDy"
    "f8fL/6VL/M3EGa7ot1f3wM4X/JPm4uJhjoTRz3Y8G7TDJJo8wHJDfbTIUlL0Mla8Sx5PbB"
    "nxwsGio+7KiLV5KZ8cdFolEA+1Kgk6zQXjgd/2EA2eQjIa4UVFBjstVbaemDKi4vWRs2HE"
    "qjPFSZ+Q4uGMFCc9NxhxXg9uzaCyZvg3JtFxgOPsimLmsm2uSm0awR1MTTe/qFkjEZzM7R"
    "QXtVNAc++RooWLHX4HCe7vq93f5y9PpTgukDwkaSkGNeX6A0YCyArdq8ewLvaysgB3A+FP"
    "Bo7bdLcEbpuSEKikEIMw12+m3NvWo/oIkcJNYhgzLLWYeDApl8F6jQU7iHbZxW/6cDeShN"
    "lcGsgLOdzIY6uJ/zJ9d5lL4ihvE6bLuI8FGJzLVaZy8UzOT2SLnMRUTJ0ZC/DrIOGivfbD"
    "San0vIRIOxQ9/HnMKHrYuonTFrCB04A7SFsNiCB9dkGgti2Csv37tIpAp1QC4hWAqCoAnZ"
    "fvcGayw2lQ79FCijzNFP67mTQZBr7qQH5l4lk5xLkHeO3pbUk94JVTeOWUN3ZnMpabz10Y"
    "3IXBXRikQcIHH9miFrEpTE2wtNB/KpBQ+H6JYaLHTvqdyYQK1B6fGIdCf08SqaPenuRANe"
    "rr4e6cS7pzitdfNf07Kd9mna8nzmbz6RcJl4Lc29YzwJm/w4eBhPN+dU8DvjIeRNCh34RD"
    "6NqhjIdf95RLf16U3/iP3vgvnkHaIUgbSSENr76Ut820FBPAN33bjCCjv22mJRlMgWf4uu"
    "kA9FvR0AVnARWjBEGUhRz5ptdZGrZT1hu5hxrWXctGoiPLrFLQugmA7ijByBEus2WxwFnR"
    "CwYEx086GxF8iEKkrKKalavHpNb5y2LOoEZj8iENS35MIotOVeMbITi1U8NS1QSXm5JVjH"
    "DnxQZHdk2SjShh8yyxDiVbcbNQl1b6VYlZKLYGmxaVDzAtxlylkEqk/yWc/3nKf+YZPeXJ"
    "UP4iDx/EESbt0+Ez1D3VwGyc89l0jjQ3zMdp7y07TBV7e4vbGn2q4v9BMfNTQm0ekJNnfg"
    "N1GNbqDhqv9Finxdi7kzZSkGgDn4FJjXVaikNdCWr8r4K9lVSJAmkp9qBuZAvxQXsCVLbj"
    "pExTW/Xb6SjfV4L5+xKYvy+A2bE8ujSjtNTFoO71LjOfq1gO+8WWw37OcrjBAboFJtrj6u"
    "BB+oKhkJ6JSZpNSsR7Y9GnJlExMcm9FPy1BsHfDxPMAj25FZJ9v7lW+Ahtd6tEhAZ5ay55"
    "BaSl/sw0CaYfvKOSM43KtpCU2EXjqS+0jdSbCANDVE/cRBLiLdZAsDFMHkqTpSIH5O5QD6"
    "xmmNhosUAXyyXmNnIcXMF2ZX76rIzFgThVZtJ8LKNX2ydlp2qqpeyBvYOoxVKUv4qT+L2r"
    "whfVjN8upgNZHCkRE9l0iHYrx9KgaigRH5mlYwqm5SdMquQXyz1l16r/REHDiYb8kc7vlx"
    "Jq8Sw4dcHd3FSB+eamGGf8rgBoxf+NJ8F9EG0I9LdTSuv3slqa5u3jgNCqWKel2JvbjVxn"
    "wW5vWK90e0hShj2YG7nK4jBE6gmdEmIP6JsqON8Uw3yTQ3mn2tBFB/d5aWf5Xtp/51rIk4"
    "/4nuUg+PE9ayzO5zJOPkM/xoa4Fs5Q/jKdD/x8NPhs2Rp+9lUeTr/iRy9Qt17wk4U0E+dB"
    "rR0H7FU7qLXTzltbQH6p+BSZNMsqK8feympEC0rCRq8IkaW5LnRUF/I5XelO51CAvXl987"
    "7KhRq1Kj4z3ucu1T5e9BM6I8Zn8tGZrOo6us0TjuXi8PuECAuz+dLh95zhID+va2Y4UE3T"
    "U/E+oFkk52tZBk9W8uwEnu7M9hPzd3AQHYkIqAzlWITDewxeAwa0X5BU9K0E44wcB/oY0F"
    "2kRbEtZw80l/ZiOptPFzNpsPSLePg94FKwS9nP1tRciJM1h9P5WMTFm3XL3qm42HO6kGs7"
    "rptPr9qZhoV0D13ktPmCpvS9b1d4BjZc+4YF6aeZPPeL8/q08X7Z3X+gEQ/K7v4bjXhbRt"
    "BVN1SkZ1F7znhWrpmewHgWBBMrqou+1qPnUlYZJQm3Y5CY4h+2Q1YOZwv3SpBnQOUnKJJn"
    "4SrXeKKh5dnayZ7+g/QFTxk0wl6g39FFC038+PFAemXK48DDD3eBf1+cyZjXAbbjCOGsXn"
    "/CNGtvr5846GlJPugtGXRC0m/47TtXbPt9UyNbM+ewamtbeFrGfEaUp8q3Z9Xk90pcVPCk"
    "UU4J8jFu8xgHNSrpUvJTMpzh8jjDZQBYHmFqfsu7uKOOAVw1tT41tai5LRNHlKZZHrHQQE"
    "RXef/5OFGlGPTCEN7pc9wA9tkQ4T5YBUizdntDJResoAFpEPXDPFAKeAb1wSU9n0gj0g3M"
    "TKcOrPxe5n5NXWahyhYyPBe0GphquoBbbLRVLI9U+JYGspAxJNmSbchISeEcsTxiYel5xQ"
    "boOzvnLk0p6G0edMYqZugxwAxMeKKdh5d86IlVsLCrHXXl1bDxf37VhmFPrKIVV5BSa5hd"
    "81RnrELmgI1P5rYDOLsPezjPhG0RdDiO+2MWOc9+Bq/oqHyGbh3zbeH3J8fdMY6bDZw91t"
    "9rQW0edsYqZuiN6dRyZi4PPbEEVp7ms4SAMkHuBVTXs8vmIEVll1DnvU/02UnbfvlUfFYN"
    "jxDPcTpeX6IOGQHrRHrTeNqU0Jwmp9ZxulMlObs572mnHCpXQjHvqeoo1prslizKHQgFzu"
    "T2aelpUJHcBy0/iskYtj7Jw9eynaruEAgXmNjmsbNMd0tTzTonx8El1LSGtuMq1h6BgNQW"
    "ghmueJkTRP/MZF5729I9zXWUbQhWxWmak7ucl/9dRybpFp0oOthbDqnYV2kZiYwkryJBUU"
    "UCY4dX7xnQZ8U5/pT4R1Rqqk1bQIUgzdGnRN+wVJJj6hjskRjHmxLvnWW7G6LefBTzpCjH"
    "nRL3F6AaLiFm7ijqB0GOOSXm0HQ8O4pApIQ9JcuRp0A+1EWUR9UgY3+PNu8CRZ0gm8F+jY"
    "W7pqyX3XKmD3cjSZjNpYG8kMNMyTik2n+ZBnwuiaMM4sEWcRLgeVGO91G8Q53vFLzzohzv"
    "o3gfIbIpgfsYkU1VtDtkNakB7wAuNElPrxGV6aL9LJVZHsmVOZp+vRUM68X/P2mujOXhEP"
    "NYokfAVnZQ1302y/Bp9PfDbJZo6+33ibaf5I+fboUt3Pjq3NtnDNtAw3Raiq6+0hh9s2Lc"
    "5ptXggzVcZWEi/+ErLOCLnj+WZvzz9Z+2CiR165wPaVkuGU6u5R2lglc1SYgWnLwJ4W4hn"
    "X8BoF+E5rolAdBRupyU/f6w01HJq8ONwFhN9KaKK/CWUk+jY9O4zDdkh7srCDH+vgleIsu"
    "V8BAyi2Bm7iEICstxqmxUppNLfxlJVmehVt5WogrIdl9HOPjnciulBZlj2mHJf09TLRXdq"
    "r9RPAawE1xdFlGkpk19D/9/vX1D/131x9+vPn+hx9ufnwXL6b8q7JVdSd/xAsrNbaEULTE"
    "jZd+FEjSfCROG4k46Jgq5DcjVQ/4nQ/+zbGpFLN+5PMe8kOSH48oSL8i88og0VGnBqMq80"
    "pmGqa4VwbiYiAOpQz1Sj7X5ISQ/zhHoiTkP5lHUSHk30425yH/XVr1V0JxyP8TPN27Esle"
    "zq1CD3RvMZs+LHDdr73lOQBXSJ1LE78+qg0wkfon/PrTdDRUxhIOLbgVtrjh1kJwBKmrK/"
    "PjgzgXJ8spernxVHS2uxZ6Ko1no+nPWCIq94driKHLrN9QhzbQ/HYLdJPyPwE39e/2uHPc"
    "+k6aSPeyX111+nWCXz8i0NbQr61qvZin1VG9rlIC6Lq4AtA1iY3fdqmjxtNSf+aA8YjZ9p"
    "GuzkxKqs2LrPpulnYl9n+s4kvs/1jsTMTvusw/fFn0u8lFW4WAGCBET+LUTMhxl2abTSLB"
    "SNHtoEkZ9ij1G9k+A158urt2SoYzl5KsSaqN7jt0qKZkOKrH+WCLCkJQ88GeY5Vox45/1C"
    "6RWrIFjLD5CcyxrYJtauFSs+1S8Y2caB4KiDFKbEMxc0YFw1BM28GtQp3aSa9KrEKcCOKk"
    "e34UkupoFinyY7FTDeNoPGsszNKZf93/4UM8SfEfZfNzMRZHIwKBQRSgeBq+BHGOMDnG8T"
    "SA89Ic38z+sN7RXF/D5gxa/popMb1DiheJX/h4Zs5B8pIhd91NzTHg2j/WlQLOthLE86Ic"
    "8iqQu7CotORxR10k2+adpDcbiUt58jC+FfbY04x+1Mr8OB0Nb4WNZegrcyGPvvgeNGg8+8"
    "6z+XTyT+lWeLQt83dwiqOs/lQm3Ya4xll+nIojURMiPAo1ZYyuIwrVv7gqhZXqis/enGCb"
    "186Jp3D9NVm7Fp/algOic94YHpTHg/JaNxgtDcrLFN8gmF3z5TmK7a6ZwiDc8Nq59X5VYn"
    "jd2JZ3ekDeQbrN2koPH0/Dufh1ogymk4UfjfcC3a2OFqmphAW8VuZkqoymk4/SXJlI0lBC"
    "9wDTUgzL3KCFawKgA3QnmN79Qxos0Y3qVrAe/w18TXZlPkxG4tf7h5Eym08H0mIhTz5iQg"
    "VDfVl7hrK3LQ04DhrllTmSPuLYu7uR/FEMujHABsfePRpwE4e7vn0Ang3WwAZElpcS81FS"
    "qM0T4tT4h3fvqtzf3r0rvsDhd7lQR9cjXOCqLcCDdFN45za73h6YOgaNchHOpMnQXxih/M"
    "oUZ2i9fMELDZ0+tvWMF9hcwgsMP7MBXl/4Wbx8E8u2Hdfv8Kcop2mnBdK18IowcGgldyNf"
    "9aAOx8rKsbgnNRGTdcCN/lqdlWUv75PhqFYdaJA+6jEtxeMeK62xCDT6FZaW5EHEbTZb4b"
    "HCBl10e1YdkkF4CX4r5ATNibKwtMpGV/ppWW6QjwcXX9Si5lkrfWuzed96U2s2GrbYHMhj"
    "NulMgm8dtSnv9pbt/sN67BFMh4eXV2VWQ+g3U/4dtjtmMMQmY0G3XwXbMwXLFnC9UugK1l"
    "pQhTU0wN8E6DroSog7FXA2oyPsVOcJ6ILv1XcEC+lj32UvhfX1ys2W7TJbAtOFLmVqTiRx"
    "QVLW5J54gSCn2s2AeJEo/h8USKeEGLxy929uKuCMWhUC7b8jIO1s1f7NB2qsD2IXMwJ2OG"
    "QAnQcKOg/yKJfWRkhIXbAqwtvo4TUWRWi7dbsW99L8YTLxLdtogpi+ZXvwSRp8xkZsbQu0"
    "J2zDHkzHY3npG7YDLcQNrN33D4vA2L32HPzkXpRH+MFaRStbb4eV27UwIadtvVCVSEwJMc"
    "NFVR+zXpj8TwlrVowDmwUW/AYdF7tVKJHNyXFos9DubQv9yp3iM/7ROLqychzaHGGytzeg"
    "hn48NbgESQ5v3oOI7/h5VIvDpA8SPEq63Ch7Clcv5yfi/EQtQJ9dT+4amtDZnjTsGVHuYG"
    "yzg9HFVID48KejeklL8UpGR71bEWI1eLcCD8oy0WG3kK5MS5KeZCkXF/oOwuRhNCpzcaVo"
    "DixbJ1zm7kLB+89Jctky2Od+Vx08q4pQ/6N5T2CIWaEz8IDpUX+gfWh61CW43AIhoA0S4s"
    "hi33dnCkFvQBfQXV1wt6orbFVHMC1BHqKfgDlUcUPs3LNezLxbsLaeV+bKFFEf3wZiAjo6"
    "dQeJASz+Fwf/vQH2Hn0u6gd9DvoEXTCA+gyCVpF/SFANywRNeBrLSOMZczZehCa+2CWZGG"
    "s6D05KrJ5bzdsOR9M5n1HohGlR3R7TYgxeH/tV0hP6xdkJ/Vxywr+tRzrF8iDAQ6aOK5Vh"
    "dEwt+mQYkdMxgKvqkod51cJIqViVL9SQksr+UR0pedU4riWJgoPUCV0I1qCwQ90jwG/9+C"
    "akc6g60i6+/bvg/6Ar1EoHvunSuRLCwUT/Z/m9OXlFqe7OeRhVu8KoaEN76o3qaZGW0khq"
    "Hw9Su0iQWgAfFQdOQoR7d+r37qBzQPHPAboxSUrxYal9WKIjmWZQkjJ8SGofklA3ohmRhA"
    "gfkPq3Lu6Y5o7pFqDPrmPa2+snjnpako96W0ad4KeOHVMVacZSJrFa/HzVzGEd8aw26+Mz"
    "XWAHpYN7JANW4vVVqfUq07BJjrBfcvmTmubZdrw5oIf/4m6yVrrJtK1qmsAgq1fHU0IS4m"
    "3Ws3p3c3Ey+ITJgtHP2K7M2Se0sd4Ke/SNwcqcTkYy/tMyDYj/Hk/v5BH6e2c9QgP9vZBG"
    "96jr+Rd5gCuJAmOtOMB+hhrAVUBFeYRLgKrQWJlfJaRfYT4zgJBxMcHYcolJiw3guqdV82"
    "yApNivTFrIh3t80FMdtHrY5cnd9GEyvBWg+Yip8dBQPyzDR5bnPkZ0ebSDUkX9Lla+c6r3"
    "3rPRAU9l+k2ItHkE2mT/dbzdTrUJN8li0o+ECBMoX5rtA20ga0IdoeJpHQs0xK3CUuBFRs"
    "miubtlRBm8vHX3spa/oxcVNqyYtRtLX9CJha43nmpQmiF7Y3HyICJlKpBemfJ4Np0jbSrw"
    "xGOGShmTU8J26FFB8OQJLIgpMSbOlcZjzLhtkjErVRXbpKr5KZR0IW9pIZ5KkU++DO7AdK"
    "imZDioBP4AzmvXXJa77mmUu0BaiE9YThdIc2uoiS4wv+nWgO5d3FG35m9VaFMnTQVgw/O+"
    "BmTFQ09sQptWjSpgG+6iNWA7O/TEJrbpA4c6Kj5ppbSfwasCzWfoqgXhSDT+14Xfnxx3x8"
    "4QZIy7Pmzo8rHHBWRqAW0edsYQZE16rj+/akNL83bA/7ic5zr5+qrMc/30qil6suVFXdch"
    "yR2dv/rP4qxuLPPBBlRugrA5c3kP9Ufjo28Q4ENEt4KvNyHfZlMlPmXloTRZKrLP3+hAHf"
    "iqzsqciYtFYEfeq44TWJI/fVbG4kCcKjNpPpbRq+2TslM11VL2wN5B1GIpyl/FSfzeVeGL"
    "asZv76dzSf44UeJPjdqtA81Iib9BJHH3sJAn0mKhjOSBNMFxBI+eA03gOIoBNZzyvjKny0"
    "84WMDy96pWTJ8gx55maR4k2jxdTlyfjXANB4gp/g+kR/ogx9mGjzsSoON4fo0vfBEixQIU"
    "w00QZXGGV5nfxbObhDdAeiUh1gj7bYqRjoXKXDadVcxJ6GKPS447dQ/RQUIJX1qqcfzeoM"
    "JvRfi6x3ZdXzHHL9JcvpcxdfUzsCH6/T699VKeB/TWLpohLaGzjr4fpRs9I8ZCLaYLJPnE"
    "qNF70jOinIewzSFD4QqnDk1JSvElVbE6ZwDaKbU5k5J8QXVhQRUVDjy+qNiqG5iluqrGdV"
    "VGdpWL1+bJvzz5tw3osxtgh1Q6h5gHVOjPSEhcLljpfVMjy2PAWowsD1a6aLDS2zD2TUXP"
    "3Q4MWOAzTr6+KvMZW2if2yraoWWTPmPuGr6kazgYVOKeWqIFJoWYcxPX7xd5W+bBtz6tLp"
    "B7CpCe7Cpb1SHEgJakQ6bF2Ls41j+T0VXbT09XPBtSMXnlBNvB54U/jxk+L/xeMayN5eHa"
    "AycOVGknfNBqH7SNraKjNPggimHKiPGBqX1gHM0qCuwqOE4igQt6NJsC+wKBObZl0E35WI"
    "BP9tonO6ayeibM9tIy4QehC1YJj+4Fna0Sjn6Ag026URA2DiUxCEb4UuiLO7ngUMRPOjsW"
    "3DBffAKwa5jnKdrNG5F5RmY0g2rIyHwb63GUVUiwHCcSDoutxon8Rm4w7tS6viozGKOBpr"
    "IVh+2ZMxM3kA7CzcSNmonxvwqgCi9KiHCUq6GsITQ2VlH2RwXS24R8mzHvDaXZdIGz0nSA"
    "FFQ/qw3ppkr8GCv+SvxuMJeG8lIZiPPhraBhy6qraOiMXpmjqTi5FQxLNTE37nz5Ufzos+"
    "Pa7gYdzJj1VhwtP2HWW9VwtytTniweMOGuhIlXHc+OUXzzYHOf9tDU6CLKEjIXNJwNJj9f"
    "xnZ2XeWUKD4kshBzQ02jxoHcjaYKqUTI/HEmK0J1gpS2HSqVKCQ0Cxd6hGfDNIj6YedKmM"
    "7pO1QWOLc2RLpGAYNYYbLP3Q6Yeh1ULvNUZywtw4aNBM9QB/YCOE5BUY1sk6sjRgO/seIk"
    "WleoC/toWy8OsP/iCA7cmN9CU1Bdv+o82D0CXQe6EPUsfIML2muW9QSBsLWMsIb9E3j9K6"
    "kmbH0dc0tGuywZaGCoQ4aSMsxZNOoPF0JXvA2dDz0SaPPN79Tbdu33LT8sN/IvZU6+kho/"
    "KTGWIuIvUu0nAf+OECNfHL8QNufRC6n7WS2Bb0FePjpa3b0SRHXSbDoF4uzFgzYSxxMRYt"
    "D70NOSl/Ght4RPo00u8wikUp85j5QoXmPsRkr4BYPoAiWSIizpFk0FShQUcaKOk1jgfsYg"
    "oofrGMhVoyWSsysVLDEQFwNxKL1VrETGeESwguTNS8VGEDvftv0srbyqaL33jBI6V9V8yu"
    "O/2KmGUTgCkQxLW/J1/4cPMfD4jzKoF2NxNMrf4RwNbbSE7dew1KIDLpLIQLnGIh0EswSz"
    "4fThbiQJs7k0kBdyeHGL9RP/ZdqJNpfEUS5jDBOzUIZdpIQYNAVdVwq8uC4JvLjOB16EoP"
    "1OZdBMCXGkqyHdQepDa70GESkhRYzL9P5e8kkNQ/mVKQ4G0myJH6maBvYufjaUBrjE8xCH"
    "wmi4yHNLyA991Uop5GEpXhU5QQZXBq8jyG0EddgI0JKH+kmjnpbkDH1ttv9FY0VHF5eWYs"
    "+g3gxbHCe6YqzYIYu4lpg0OYFYj8KkWUYgFls137puXFfBPbNwXLMm4zU6n7dL6wkUGIwT"
    "76/KzcV+S8WNm/J0uy5tpVcltl5/TKnD1NJSPFDt6NV1re4giYShGOKDBHuVga6rWGKuiy"
    "0x1/nMoJbQDL614tV0vCXnLGo01okHXPKASx5wiZkz/eQM5QlQnZkZsYbsQSzpJTy48s9g"
    "XA10SeX0wSZ2wKAbhaVB95yTnCYJMe4xafP42uAZ3cJPq1yVlOSj3OZR5j7vYt2IXZ83j4"
    "vncfGt8nO0Ni7eMsACaJ4N3dceycmRfH9V6uRALXFy3qHpUVaARZiwb3sGcATVFFR9B02I"
    "xVzLFhzgOsIe2ALuOp/6Ty19husE90FzkY7aM2fZr4tUr8yh4u4VG/zHi2o0Z8x4pazLWV"
    "lOtkxBtuzt9RNVpbQkV5XaoioRNOSYcKYii1aTh89CfQb6FwheSCfP4WXpsePgZspz1K5W"
    "x/ovPevFDNQS/8v9i3va39DTHo9F1UM4FmDQNdmI94zz2zbMvIpUY2BDlcZHlpRph6MMfy"
    "w7jjLLpqIiidozOOXr58vGXyugbqHU49OCXImnqZjig0hVtykh0o4dhilX/DN04CM0QqPI"
    "KfmI6R4uGAi0t+Ez6pNyJHqzufwFXWxuhVB+ZS4lcYyUUaDuslacSmdx/TzY3CnA2E23yC"
    "nQlpsu2OwKinxHr65Kb7mJRjVfcXOptJqBS5fZ/Lb7tuSn6GedemBEsm1WUnvzhxE6IrDx"
    "fmWOJHHup6cjldBuTXY6vw7zci/dRzn5zSiQzoixlxp8UwnsmxKwbwgULx7JT1hSMtcj+g"
    "np7l0tg/nSF6w3JhFpGfqNc4iE2mF1jS8hwetyEnPe15Bu10iItMNgw5ZJGP5OGI3iuLGw"
    "+eVixt51ZGbzUlgXs/oWnn6F07b42Gtw5r7vyMyNrHx0ZDppKQbvJ5yRjBti64jO5oFmrI"
    "16DYFmiQudHwzubOH+zIpxoWl9HPfXwQlRFGDeaNG4PHDFjos0ukddGMou3b5C6biIgAmX"
    "eHPVVwGXeBPC7m4Faw9M4WWL7kPCr796pguNX38VoOP/JFK9uDN7q8LWHv3UwNfh99JDjX"
    "I07uEbKscKZ3HH7y7B4u7A0LdCc0DFQgyeTd09iwgqiL/0aLWPSIinfLZ5bDk/Z1P34vTB"
    "VtVAlhLiuFZIrTxEe5ybXHnoqWMQV06sTM2u4+ScnPuUBt1K3KdvFFKVyBsm3U7SacUl9x"
    "I/M3d3aMm5Obu0jZZq8N7jvwGJiLckvv8gwl7ubu2skZ4DbNooqaQMcxDXbyHXobM31FeF"
    "FuasHIPuiEbCpfaq47xY6HCipfTNCTKIeCNZh5grgSpfJRZoR/ADU9kqUY5G1VkftedUkU"
    "d3ch4OcbFwiLUKDaArhrWBpFS4QsU6J8eDerLQGpaGqe9Osp9mZbkZtc1mVJ9MxwGaDahu"
    "UBkx9mJqG1GCfNQM1XEVxwV7OrdfXpahONsLM5j7MPr7/wnRKTlhvsG1eYPjwWfFi6+bYU"
    "g8+OzPOOpFwWfJUX+0VVPb0jkuUzIMHalNuS0DvGpwrN3FHXUL36petdTEoq55l+R60UmW"
    "M5oQSdFDT234u99sgJ51cNsqDJEkVEQ5E66ZbT1DHdiLoDdWwUoVLDwTsmyZRFbwatS37d"
    "nP4FU2n6Grhl847+DOtrkq9XL7rRWYbl4h+NZB4BjgW88BggHNp78JFtIPBFXAXg7BWgvQ"
    "dQR/muAo2Sewd0kxt6d1wt3p7XKnM09JMliIy1tBc1R3ZU5mC9RHkIFAayGqUnO8uOJ4rt"
    "44LzF60Vw0nvTHk/64ee1881q3SuPxYT5xmHmZNLbHV7N2ewP/Msp0iowYt58RaAZ4okpD"
    "yKJ+Ab7Z4mK21FmUOVmG5u4F3KklFmKefNGjMBOXJV8cDMUF074GiOV0b92a71VBzq/2Cj"
    "jHh1sdEznZF5sYZ3UBapcHla01acZ29ui7kWIuQ9GpCZYW+k8FLgnfgDpP9MjGWP1xkmk6"
    "xqHQMJ1E6qhZOjlQFYzSpqCazguwr4QX6G6Fl63qCtDFtmP10fJcQbP2EOiY2WFt2YIN9p"
    "btImyEx1dhY1venmCirqXLKtwQmU09+NT4KoQe0tFBcKM2N2p30qjtaOigzAO/2KmGUZxK"
    "HgmxdOm57v/wIZ7V+I+yCb0Yi6MRqerLjpwxvgS/FV/QIxEWYnTLTC7ST8uUtSWXKBNbXE"
    "bTyceoeTZ7JoP4VjVNQAiBr7Z1JMRbvXvczcXJ4NOtEISsrMzZp+kEV3ZB3xiszOkEzUX0"
    "p2UaEP89nt7JmNV/Zz1CzOu/kEb3qOv5F3mAnjrAWCsOsJ+hht5JY1Ee3Qpgp0JjZX6V0I"
    "CgfeoFIGRcXBFguZTmuCCAG3IHv309gIKK1yXJxJEACwus8fSotCZEY0vOiF7GYXBJJYgl"
    "ezKPxGzCksyN9NxI3zVkuZG+HTlPh6BAujmek6tnlnfe3MAdINwB0h2QuQPkAhO5mgMkry"
    "bXAC9PpqHzLJHOxfwwRI6jioNACtbv1LlYfTfJ6ARVRuSsXIklZqAhuKGWITNNsfMp4q7h"
    "jH+dUq+uSrw5WpjBVjl6O2zPXHj8db8K11+/mOuvz6uhXpZ4jkfFF6Pfzbz0GmqSEzTuM9"
    "MxGdS2U8soLC9yHkhYdzhwB3dstbxJxmoCsQJdrAoXM9bIGqNi/iVW+AK/HK9v/6bczJd1"
    "prbMode0M9VfSFTzNiHBnRXHDblknlRq40x0Se0YuFWtAYlJ1WzML+1pZaumExp2ScdV4n"
    "X5eZVpWPN5pWqa5QWrzwZrYAM8l7LHVi6k9NGynoLbwL9wzbGwk/xLqvOOlx2r1/tWfDAe"
    "Rig3COXXwJQgg7fAjtz6KgXBqLtoYadHeGyZ4dmRG96DSHZsgQZ3qvHdMPiXrZEdSgN5LI"
    "6+6b+76mdonycPYwkdIuGrbNCGjXdLOiaHhMzljFa9weTn3kW0zOsqFsFig2C+MIUNChyt"
    "1UJgUx202UrYG8yloYyD6G2gQ3dlDqU7/KcOHqG/IN84lJ6HIlcIRRaX41tBdXdIbrpAUp"
    "aTDzpOhyS3MQRZQ8OwsWy6fS0h0+YBPnFbu6lii78pNsXf5C3x+KAF9l61XTqgM3LsRX33"
    "Kzk++iWOj37e8ZH8ZhRoZ8TYA/umEtg3JWDf5ME+3CMpoE4JsQd0E6Veknfuiha4tBA3wv"
    "FY7LczbyYsT2daOMVDTx2DuKqRM71uqwRP8iDg2oOAa+eOUA1gE+Y/PXGEGHXUrSOyLr6I"
    "pQ3Ri4FlR5d9or090+aq3OiOW6Nvlmp+lDXCLwgsoN+zhvYO6IJlC2EX6A9VcLzNBjj4/6"
    "P7Ev696IdjlgdsrM2TRtTSI48gbJlfOho1ZW9bukdbPZggzJ7C/L5fKf6tXxL/1s/dTA7Y"
    "QcfxqO4nBFH2QG/k7u1vXjr5PnhvWGph3mhSLIP1Gst1D+0yJ8T04W4kCbO5NJAXclh1Nf"
    "Yn+S/Trom5JI4ySPsHmfIMbIfSzpETZG9qN0AxHZ3DBA2urNxqSu6CFVffZl7XWHEVqV4W"
    "4UJTPK1jAQZN0pwynQeH11GqLro3UJq70lLc3NUyvgwWsS1LeX+jVOG2wdxgrnCxV/h0hA"
    "eJPllFOr1RtipCVQQ21LY9grEsfHNVZiJTD214bmuX9tGrEsvUCXfHc2+NbVvZFyjEjhcV"
    "BcJhcwbRbSbJ1TJdIk/pPxbTSaGtySXzlOpQc4X/CgZ0OqwPkMDFYKSuKDnC0iw36VX67o"
    "E7uCOpZZc8zP74f6oKHfI="
)
