package org.huiwu.logic.settings;

import org.huiwu.logic.live.Replay;
import org.huiwu.persistence.QueuedSettings;
import org.huiwu.persistence.SettingDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a venue-wide setting saved during an outage (decision 0046), such as the complaint handling time: the value
 * is saved as made, the last writer of a key winning, exactly as two laptops saving it while the server answers (the
 * setting carries no version). Saving the same value again changes nothing, so a record sent twice does no harm.
 * Stateless; call off the FX thread.
 */
public final class VenueSettingReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(VenueSettingReplay.class);

    private final SettingDao settings;

    public VenueSettingReplay(SettingDao settings) {
        this.settings = settings;
    }

    @Override
    public boolean replay(String body) {
        QueuedSettings.Saved saved = QueuedSettings.saved(body);
        settings.find(saved.key()).filter(stored -> !stored.equals(saved.value())).ifPresent(stored -> LOG.info(
                "Queued setting {} saved over the value the server held (last writer wins)", saved.key()));
        settings.save(saved.key(), saved.value());
        return false;
    }
}
