-- Block options (decision 0012): the podium's presider seat and who presides, its speaker's stand
-- (发言席), and the audience's sections by unit. The defaults keep existing blocks as they were.
ALTER TABLE seat_block ADD COLUMN presider_placement VARCHAR(20) NOT NULL DEFAULT 'BY_RANK';
ALTER TABLE seat_block ADD COLUMN presider_id UUID;
ALTER TABLE seat_block ADD COLUMN speaker_stand VARCHAR(20) NOT NULL DEFAULT 'NONE';
ALTER TABLE seat_block ADD COLUMN unit_sections VARCHAR(20) NOT NULL DEFAULT 'OFF';
ALTER TABLE seat_block ADD COLUMN unit_order VARCHAR(20) NOT NULL DEFAULT 'PRECEDENCE';
