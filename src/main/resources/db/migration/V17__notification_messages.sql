-- Notifications are shown in the reader's language: a message key of the translation bundles with its arguments
-- (JSON), and the portal route they lead to. Title and body keep the Vietnamese text for older rows and readers
-- of the table.
alter table notification add column message_key varchar(100);
alter table notification add column message_args varchar(4000);
alter table notification add column link varchar(300);
