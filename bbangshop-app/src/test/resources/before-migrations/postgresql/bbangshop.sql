-- A shop's database on PostgreSQL (the postgres profile: events, tokens, sagas, deadlines and read model in one) as
-- bbangshop wrote it before its tables had migrations (commit 5647f5f), with the same story as h2/bbangshop.sql.
-- pg_dump --inserts --no-owner --no-privileges, without psql's \restrict lines, for
-- PostgresDataFromBeforeMigrationsTest.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assignments (
    reservation_id character varying(64) NOT NULL,
    assigned_at timestamp(6) with time zone,
    baker character varying(255),
    bread_id character varying(255),
    quantity integer NOT NULL
);


--
-- Name: association_value_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.association_value_entry (
    id bigint NOT NULL,
    association_key character varying(255) NOT NULL,
    association_value character varying(255),
    saga_type character varying(255),
    saga_id character varying(255) NOT NULL
);


--
-- Name: association_value_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.association_value_entry ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.association_value_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: breads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.breads (
    bread_id character varying(64) NOT NULL,
    bread_name character varying(255) NOT NULL,
    edition_size integer NOT NULL,
    max_per_reservation integer NOT NULL,
    registered_at timestamp(6) with time zone,
    remaining integer NOT NULL
);


--
-- Name: dead_letter_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dead_letter_entry (
    dead_letter_id character varying(255) NOT NULL,
    cause_message character varying(1023),
    cause_type character varying(255),
    diagnostics bytea,
    enqueued_at timestamp(6) with time zone NOT NULL,
    last_touched timestamp(6) with time zone,
    aggregate_identifier character varying(255),
    event_identifier character varying(255) NOT NULL,
    message_type character varying(255) NOT NULL,
    meta_data bytea,
    payload bytea NOT NULL,
    payload_revision character varying(255),
    payload_type character varying(255) NOT NULL,
    sequence_number bigint,
    time_stamp character varying(255) NOT NULL,
    token bytea,
    token_type character varying(255),
    type character varying(255),
    processing_group character varying(255) NOT NULL,
    processing_started timestamp(6) with time zone,
    sequence_identifier character varying(255) NOT NULL,
    sequence_index bigint NOT NULL
);


--
-- Name: domain_event_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.domain_event_entry (
    global_index bigint NOT NULL,
    event_identifier character varying(255) NOT NULL,
    aggregate_identifier character varying(255) NOT NULL,
    sequence_number bigint NOT NULL,
    type character varying(255),
    time_stamp character varying(255) NOT NULL,
    payload_type character varying(255) NOT NULL,
    payload_revision character varying(255),
    payload bytea NOT NULL,
    meta_data bytea
);


--
-- Name: domain_event_entry_global_index_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.domain_event_entry ALTER COLUMN global_index ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.domain_event_entry_global_index_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: page_bread_names; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.page_bread_names (
    bread_id character varying(64) NOT NULL,
    bread_name character varying(255) NOT NULL
);


--
-- Name: pages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pages (
    reservation_id character varying(64) NOT NULL,
    baker character varying(255),
    bread_id character varying(255),
    flagged boolean DEFAULT false NOT NULL,
    flagged_at timestamp(6) with time zone,
    flagged_step character varying(32),
    placed_at timestamp(6) with time zone,
    quantity integer NOT NULL,
    status character varying(32),
    updated_at timestamp(6) with time zone,
    CONSTRAINT pages_status_check CHECK (((status)::text = ANY ((ARRAY['REQUESTED'::character varying, 'SOLD_OUT'::character varying, 'ACCEPTED'::character varying, 'CONFIRMED'::character varying, 'CANCELLATION_REQUESTED'::character varying, 'CANCELED'::character varying, 'PICKED_UP'::character varying])::text[])))
);


--
-- Name: saga_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.saga_entry (
    saga_id character varying(255) NOT NULL,
    saga_type character varying(255),
    revision character varying(255),
    serialized_saga bytea
);


--
-- Name: scheduled_tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scheduled_tasks (
    task_name text NOT NULL,
    task_instance text NOT NULL,
    task_data bytea,
    execution_time timestamp with time zone NOT NULL,
    picked boolean NOT NULL,
    picked_by text,
    last_success timestamp with time zone,
    last_failure timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat timestamp with time zone,
    version bigint NOT NULL,
    priority smallint
);


--
-- Name: snapshot_event_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.snapshot_event_entry (
    aggregate_identifier character varying(255) NOT NULL,
    sequence_number bigint NOT NULL,
    type character varying(255) NOT NULL,
    event_identifier character varying(255) NOT NULL,
    time_stamp character varying(255) NOT NULL,
    payload_type character varying(255) NOT NULL,
    payload_revision character varying(255),
    payload bytea NOT NULL,
    meta_data bytea
);


--
-- Name: token_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.token_entry (
    processor_name character varying(255) NOT NULL,
    segment integer NOT NULL,
    token bytea,
    token_type character varying(255),
    "timestamp" character varying(255) NOT NULL,
    owner character varying(255)
);


--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignments VALUES ('01a24d61-509c-75be-9f52-06204d63b100', '2026-12-06 22:02:34.801+00', 'Minji', '01a24d61-30ff-737b-a821-13886fe33513', 1);
INSERT INTO public.assignments VALUES ('01a24d61-6b9f-737b-b82d-d13dfa736f95', '2026-12-06 22:02:40.424+00', 'Jiho', '01a24d61-30ff-737b-a821-13886fe33513', 1);


--
-- Data for Name: association_value_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.association_value_entry OVERRIDING SYSTEM VALUE VALUES (3, 'reservationId', '01a24d61-6b9f-737b-b82d-d13dfa736f95', 'com.bbangshop.reservation.saga.ReservationSaga', '01a24d61-6d4c-7733-b499-e5ad745a3c9a');


--
-- Data for Name: breads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.breads VALUES ('01a24d61-30ff-737b-a821-13886fe33513', 'upgrade rye', 10, 5, '2026-12-06 22:02:25.283+00', 8);


--
-- Data for Name: dead_letter_entry; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: domain_event_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (1, '01a24d61-3282-70ab-bd7c-eb7787b3e84e', '01a24d61-30ff-737b-a821-13886fe33513', 0, 'BreadStock', '2026-12-06T22:02:25.283Z', 'com.bbangshop.api.stock.BreadRegisteredEvent', NULL, '\x7b2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c226e616d65223a227570677261646520727965222c227175616e74697479223a31302c226d61785065725265736572766174696f6e223a357d', '\x7b2274726163654964223a2230316132346436312d333231372d373533342d623638372d653966623864343031363034222c22636f7272656c6174696f6e4964223a2230316132346436312d333231372d373533342d623638372d653966623864343031363034227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (2, '01a24d61-5170-73f8-a8ec-23fa14e7b3d0', '01a24d61-509c-75be-9f52-06204d63b100', 0, 'Reservation', '2026-12-06T22:02:33.200Z', 'com.bbangshop.api.reservation.ReservationPlacedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d353039632d373562652d396635322d303632303464363362313030222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2263616e63656c53656372657448617368223a2235643638633766303736383236653663363035303636383633343436633462313732333537663537333134393462623539313538313835653564386333363933227d', '\x7b2274726163654964223a2230316132346436312d353136662d373138322d393732392d373837633264336561333663222c22636f7272656c6174696f6e4964223a2230316132346436312d353136662d373138322d393732392d373837633264336561333663227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (3, '01a24d61-5177-742e-a521-638883119d47', '01a24d61-30ff-737b-a821-13886fe33513', 1, 'BreadStock', '2026-12-06T22:02:33.207Z', 'com.bbangshop.api.stock.StockReservedEvent', NULL, '\x7b2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227265736572766174696f6e4964223a2230316132346436312d353039632d373562652d396635322d303632303464363362313030222c227175616e74697479223a312c2272656d61696e696e67223a397d', '\x7b2274726163654964223a2230316132346436312d353137362d373566302d623836632d313234356239613430666432222c22636f7272656c6174696f6e4964223a2230316132346436312d353137362d373566302d623836632d313234356239613430666432227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (4, '01a24d61-51cf-7557-9714-1ae22ce57fb5', '01a24d61-509c-75be-9f52-06204d63b100', 1, 'Reservation', '2026-12-06T22:02:33.295Z', 'com.bbangshop.api.reservation.ReservationAcceptedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d353039632d373562652d396635322d303632303464363362313030222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a317d', '\x7b2274726163654964223a2230316132346436312d353163612d373461322d613634622d343230323537343262653832222c22636f7272656c6174696f6e4964223a2230316132346436312d353163612d373461322d613634622d343230323537343262653832227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (5, '01a24d61-57b1-71d5-97a0-9d35126ed105', 'assignment-01a24d61-509c-75be-9f52-06204d63b100', 0, 'BakerAssignment', '2026-12-06T22:02:34.801Z', 'com.bbangshop.api.assignment.BakerAssignedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d353039632d373562652d396635322d303632303464363362313030222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2262616b6572223a224d696e6a69227d', '\x7b2274726163654964223a2230316132346436312d353163612d373461322d613634622d343230323537343262653832222c22636f7272656c6174696f6e4964223a2230316132346436312d353636642d373335632d383563612d343762336365663662343162227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (6, '01a24d61-5b50-771a-aca3-8c1dbbe26c50', '01a24d61-509c-75be-9f52-06204d63b100', 2, 'Reservation', '2026-12-06T22:02:35.728Z', 'com.bbangshop.api.reservation.ReservationConfirmedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d353039632d373562652d396635322d303632303464363362313030222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c2262616b6572223a224d696e6a69227d', '\x7b2274726163654964223a2230316132346436312d353163612d373461322d613634622d343230323537343262653832222c22636f7272656c6174696f6e4964223a2230316132346436312d356232372d373635322d623562362d366338353930346334616234227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (7, '01a24d61-60de-71ad-a57a-4bb420b1906a', '01a24d61-60bf-7187-8bc7-023eb35263f9', 0, 'Reservation', '2026-12-06T22:02:37.150Z', 'com.bbangshop.api.reservation.ReservationPlacedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2263616e63656c53656372657448617368223a2236623666636634376533623035343930353831613338373866303338346232613930623961373831333231346337383234616665633965323733633235383432227d', '\x7b2274726163654964223a2230316132346436312d363064652d373161632d393864632d393639333263326432356538222c22636f7272656c6174696f6e4964223a2230316132346436312d363064652d373161632d393864632d393639333263326432356538227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (8, '01a24d61-60de-71b0-b197-22919b4f32a4', '01a24d61-30ff-737b-a821-13886fe33513', 2, 'BreadStock', '2026-12-06T22:02:37.150Z', 'com.bbangshop.api.stock.StockReservedEvent', NULL, '\x7b2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c227175616e74697479223a312c2272656d61696e696e67223a387d', '\x7b2274726163654964223a2230316132346436312d363064652d373161662d616436302d623433316363313263626236222c22636f7272656c6174696f6e4964223a2230316132346436312d363064652d373161662d616436302d623433316363313263626236227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (9, '01a24d61-60de-71b3-ae0a-55c4bb9f6805', '01a24d61-60bf-7187-8bc7-023eb35263f9', 1, 'Reservation', '2026-12-06T22:02:37.150Z', 'com.bbangshop.api.reservation.ReservationAcceptedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a317d', '\x7b2274726163654964223a2230316132346436312d363064652d373162322d613337382d393836646637316232343565222c22636f7272656c6174696f6e4964223a2230316132346436312d363064652d373162322d613337382d393836646637316232343565227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (10, '01a24d61-63db-7587-a07f-457f8424f252', 'assignment-01a24d61-60bf-7187-8bc7-023eb35263f9', 0, 'BakerAssignment', '2026-12-06T22:02:37.917Z', 'com.bbangshop.api.assignment.BakerAssignedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2262616b6572223a2248616e61227d', '\x7b2274726163654964223a2230316132346436312d363064652d373162322d613337382d393836646637316232343565222c22636f7272656c6174696f6e4964223a2230316132346436312d363361302d373361392d393665382d353361613635313166643531227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (11, '01a24d61-652d-75cc-bbd4-4d8f1333a3d6', '01a24d61-60bf-7187-8bc7-023eb35263f9', 2, 'Reservation', '2026-12-06T22:02:38.253Z', 'com.bbangshop.api.reservation.ReservationConfirmedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c2262616b6572223a2248616e61227d', '\x7b2274726163654964223a2230316132346436312d363064652d373162322d613337382d393836646637316232343565222c22636f7272656c6174696f6e4964223a2230316132346436312d363532622d373136352d626362382d363937313362323265386534227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (12, '01a24d61-6ba5-7268-86c7-b0d4d7d3544b', '01a24d61-6b9f-737b-b82d-d13dfa736f95', 0, 'Reservation', '2026-12-06T22:02:39.909Z', 'com.bbangshop.api.reservation.ReservationPlacedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d366239662d373337622d623832642d643133646661373336663935222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2263616e63656c53656372657448617368223a2236336530323532303436336662353766306163386632646135643431373038393562333131636164316431666264323465383738393363343834653138626162227d', '\x7b2274726163654964223a2230316132346436312d366261352d373236372d393466362d303464646162313437663265222c22636f7272656c6174696f6e4964223a2230316132346436312d366261352d373236372d393466362d303464646162313437663265227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (13, '01a24d61-6ba6-70f4-b388-bc95c423a08b', '01a24d61-30ff-737b-a821-13886fe33513', 3, 'BreadStock', '2026-12-06T22:02:39.910Z', 'com.bbangshop.api.stock.StockReservedEvent', NULL, '\x7b2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227265736572766174696f6e4964223a2230316132346436312d366239662d373337622d623832642d643133646661373336663935222c227175616e74697479223a312c2272656d61696e696e67223a377d', '\x7b2274726163654964223a2230316132346436312d366261362d373066332d626261322d396434393038656362306132222c22636f7272656c6174696f6e4964223a2230316132346436312d366261362d373066332d626261322d396434393038656362306132227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (14, '01a24d61-6ba6-70f7-9ba0-b3a45ee9b7dd', '01a24d61-6b9f-737b-b82d-d13dfa736f95', 1, 'Reservation', '2026-12-06T22:02:39.910Z', 'com.bbangshop.api.reservation.ReservationAcceptedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d366239662d373337622d623832642d643133646661373336663935222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a317d', '\x7b2274726163654964223a2230316132346436312d366261362d373066362d396237392d393466303666616265653965222c22636f7272656c6174696f6e4964223a2230316132346436312d366261362d373066362d396237392d393466303666616265653965227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (15, '01a24d61-6da8-74a7-aa0b-e09154226f26', 'assignment-01a24d61-6b9f-737b-b82d-d13dfa736f95', 0, 'BakerAssignment', '2026-12-06T22:02:40.424Z', 'com.bbangshop.api.assignment.BakerAssignedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d366239662d373337622d623832642d643133646661373336663935222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2262616b6572223a224a69686f227d', '\x7b2274726163654964223a2230316132346436312d366261362d373066362d396237392d393466303666616265653965222c22636f7272656c6174696f6e4964223a2230316132346436312d366437662d373733302d396331372d373265386237336337396236227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (16, '01a24d61-6e50-712a-bdc6-ca543c87caa3', '01a24d61-6b9f-737b-b82d-d13dfa736f95', 2, 'Reservation', '2026-12-06T22:02:40.592Z', 'com.bbangshop.api.reservation.ReservationConfirmedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d366239662d373337622d623832642d643133646661373336663935222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c2262616b6572223a224a69686f227d', '\x7b2274726163654964223a2230316132346436312d366261362d373066362d396237392d393466303666616265653965222c22636f7272656c6174696f6e4964223a2230316132346436312d366534652d373761382d616531642d653433653936653931623530227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (17, '01a24d61-81a8-747b-b40f-66474db863e9', '01a24d61-509c-75be-9f52-06204d63b100', 3, 'Reservation', '2026-12-06T22:02:45.544Z', 'com.bbangshop.api.reservation.ReservationPickedUpEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d353039632d373562652d396635322d303632303464363362313030222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133227d', '\x7b2274726163654964223a2230316132346436312d383139652d373563302d396165652d336638303963316161323565222c22636f7272656c6174696f6e4964223a2230316132346436312d383139652d373563302d396165652d336638303963316161323565227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (18, '01a24d61-8347-74c3-bbd3-8128cf726f51', '01a24d61-60bf-7187-8bc7-023eb35263f9', 3, 'Reservation', '2026-12-06T22:02:45.959Z', 'com.bbangshop.api.reservation.ReservationCancellationRequestedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2270726576696f7573537461747573223a22434f4e4649524d4544227d', '\x7b2274726163654964223a2230316132346436312d383332662d373434372d616230342d316365356166303365653361222c22636f7272656c6174696f6e4964223a2230316132346436312d383332662d373434372d616230342d316365356166303365653361227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (19, '01a24d61-845e-7407-9f10-868f86e98b25', '01a24d61-30ff-737b-a821-13886fe33513', 4, 'BreadStock', '2026-12-06T22:02:46.238Z', 'com.bbangshop.api.stock.StockReleasedEvent', NULL, '\x7b2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c227175616e74697479223a312c2272656d61696e696e67223a387d', '\x7b2274726163654964223a2230316132346436312d383332662d373434372d616230342d316365356166303365653361222c22636f7272656c6174696f6e4964223a2230316132346436312d383433382d373634642d383861612d396166653031353238346137227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (20, '01a24d61-8773-76c4-bda4-9ddba641b003', 'assignment-01a24d61-60bf-7187-8bc7-023eb35263f9', 1, 'BakerAssignment', '2026-12-06T22:02:47.027Z', 'com.bbangshop.api.assignment.AssignmentDeletedEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262616b6572223a2248616e61227d', '\x7b2274726163654964223a2230316132346436312d383332662d373434372d616230342d316365356166303365653361222c22636f7272656c6174696f6e4964223a2230316132346436312d383530352d373537392d626633332d633062383437633663366439227d');
INSERT INTO public.domain_event_entry OVERRIDING SYSTEM VALUE VALUES (21, '01a24d61-882b-742d-8393-6313946cda82', '01a24d61-60bf-7187-8bc7-023eb35263f9', 4, 'Reservation', '2026-12-06T22:02:47.211Z', 'com.bbangshop.api.reservation.ReservationCanceledEvent', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d363062662d373138372d386263372d303233656233353236336639222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a317d', '\x7b2274726163654964223a2230316132346436312d383332662d373434372d616230342d316365356166303365653361222c22636f7272656c6174696f6e4964223a2230316132346436312d383832392d373666312d383830652d656638333462636331346465227d');


--
-- Data for Name: page_bread_names; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.page_bread_names VALUES ('01a24d61-30ff-737b-a821-13886fe33513', 'upgrade rye');


--
-- Data for Name: pages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.pages VALUES ('01a24d61-6b9f-737b-b82d-d13dfa736f95', 'Jiho', '01a24d61-30ff-737b-a821-13886fe33513', false, NULL, NULL, '2026-12-06 22:02:39.909+00', 1, 'CONFIRMED', '2026-12-06 22:02:40.592+00');
INSERT INTO public.pages VALUES ('01a24d61-509c-75be-9f52-06204d63b100', 'Minji', '01a24d61-30ff-737b-a821-13886fe33513', false, NULL, NULL, '2026-12-06 22:02:33.2+00', 1, 'PICKED_UP', '2026-12-06 22:02:45.544+00');
INSERT INTO public.pages VALUES ('01a24d61-60bf-7187-8bc7-023eb35263f9', 'Hana', '01a24d61-30ff-737b-a821-13886fe33513', false, NULL, NULL, '2026-12-06 22:02:37.15+00', 1, 'CANCELED', '2026-12-06 22:02:47.211+00');


--
-- Data for Name: saga_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.saga_entry VALUES ('01a24d61-6d4c-7733-b499-e5ad745a3c9a', 'com.bbangshop.reservation.saga.ReservationSaga', NULL, '\x7b227265736572766174696f6e4964223a2230316132346436312d366239662d373337622d623832642d643133646661373336663935222c2262726561644964223a2230316132346436312d333066662d373337622d613832312d313338383666653333353133222c227175616e74697479223a312c2262616b6572223a224a69686f222c2273746570223a22434f4e4649524d4544222c22617474656d7074223a302c227265747279446561646c696e654964223a6e756c6c2c2272657472795469636b6574223a312c22666c6167676564223a66616c73657d');


--
-- Data for Name: scheduled_tasks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: snapshot_event_entry; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: token_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.token_entry VALUES ('__config', 0, '\x7b22636f6e666967223a7b226964223a2231356235633266662d336530372d346464342d613033652d396462623034363239653533227d7d', 'org.axonframework.eventhandling.tokenstore.ConfigToken', '2026-12-06T22:02:06.053Z', NULL);
INSERT INTO public.token_entry VALUES ('ReservationSagaProcessor', 0, '\x7b22696e646578223a32312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-06T22:02:53.622Z', NULL);
INSERT INTO public.token_entry VALUES ('pages', 0, '\x7b22696e646578223a32312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-06T22:02:53.616Z', NULL);
INSERT INTO public.token_entry VALUES ('breads', 0, '\x7b22696e646578223a32312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-06T22:02:53.979Z', NULL);
INSERT INTO public.token_entry VALUES ('assignments', 0, '\x7b22696e646578223a32312c2267617073223a5b5d7d', 'org.axonframework.eventhandling.GapAwareTrackingToken', '2026-12-06T22:02:54.309Z', NULL);


--
-- Name: association_value_entry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.association_value_entry_id_seq', 3, true);


--
-- Name: domain_event_entry_global_index_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.domain_event_entry_global_index_seq', 21, true);


--
-- Name: assignments assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_pkey PRIMARY KEY (reservation_id);


--
-- Name: association_value_entry association_value_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.association_value_entry
    ADD CONSTRAINT association_value_entry_pkey PRIMARY KEY (id);


--
-- Name: breads breads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.breads
    ADD CONSTRAINT breads_pkey PRIMARY KEY (bread_id);


--
-- Name: dead_letter_entry dead_letter_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dead_letter_entry
    ADD CONSTRAINT dead_letter_entry_pkey PRIMARY KEY (dead_letter_id);


--
-- Name: domain_event_entry domain_event_entry_aggregate_sequence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry
    ADD CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number);


--
-- Name: domain_event_entry domain_event_entry_event_identifier; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry
    ADD CONSTRAINT domain_event_entry_event_identifier UNIQUE (event_identifier);


--
-- Name: domain_event_entry domain_event_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_event_entry
    ADD CONSTRAINT domain_event_entry_pkey PRIMARY KEY (global_index);


--
-- Name: page_bread_names page_bread_names_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.page_bread_names
    ADD CONSTRAINT page_bread_names_pkey PRIMARY KEY (bread_id);


--
-- Name: pages pages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pages
    ADD CONSTRAINT pages_pkey PRIMARY KEY (reservation_id);


--
-- Name: saga_entry saga_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.saga_entry
    ADD CONSTRAINT saga_entry_pkey PRIMARY KEY (saga_id);


--
-- Name: scheduled_tasks scheduled_tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scheduled_tasks
    ADD CONSTRAINT scheduled_tasks_pkey PRIMARY KEY (task_name, task_instance);


--
-- Name: snapshot_event_entry snapshot_event_entry_event_identifier; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_event_identifier UNIQUE (event_identifier);


--
-- Name: snapshot_event_entry snapshot_event_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.snapshot_event_entry
    ADD CONSTRAINT snapshot_event_entry_pkey PRIMARY KEY (aggregate_identifier, sequence_number, type);


--
-- Name: token_entry token_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_entry
    ADD CONSTRAINT token_entry_pkey PRIMARY KEY (processor_name, segment);


--
-- Name: dead_letter_entry ukhlr8io86j74qy298xf720n16v; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dead_letter_entry
    ADD CONSTRAINT ukhlr8io86j74qy298xf720n16v UNIQUE (processing_group, sequence_identifier, sequence_index);


--
-- Name: association_value_entry_lookup; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_value_entry_lookup ON public.association_value_entry USING btree (saga_type, association_key, association_value);


--
-- Name: association_value_entry_saga; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX association_value_entry_saga ON public.association_value_entry USING btree (saga_id, saga_type);


--
-- Name: execution_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX execution_time_idx ON public.scheduled_tasks USING btree (execution_time);


--
-- Name: idxe67wcx5fiq9hl4y4qkhlcj9cg; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idxe67wcx5fiq9hl4y4qkhlcj9cg ON public.dead_letter_entry USING btree (processing_group);


--
-- Name: idxrwucpgs6sn93ldgoeh2q9k6bn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idxrwucpgs6sn93ldgoeh2q9k6bn ON public.dead_letter_entry USING btree (processing_group, sequence_identifier);


--
-- Name: last_heartbeat_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX last_heartbeat_idx ON public.scheduled_tasks USING btree (last_heartbeat);


--
-- Name: pages_flagged_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pages_flagged_idx ON public.pages USING btree (flagged);


--
-- Name: pages_placed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pages_placed_idx ON public.pages USING btree (placed_at);


--
-- Name: pages_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pages_status_idx ON public.pages USING btree (status);


--
-- PostgreSQL database dump complete
--


