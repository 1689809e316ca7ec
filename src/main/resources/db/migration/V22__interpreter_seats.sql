-- Interpreter seats at talks and receptions (decision 0027, session 5 amendment): where a block's
-- interpreters sit. STANDARD follows the plan's convention (foreign affairs: beside at talks, behind at
-- a reception; government: none), so existing blocks keep their seats unless the plan is foreign affairs.
ALTER TABLE seat_block ADD COLUMN interpreter_placement VARCHAR(20) NOT NULL DEFAULT 'STANDARD';
