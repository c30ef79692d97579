package io.github.verbatim.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop configuration that can travel to executors (Hadoop's own class is not serializable), so that the
 * driver's {@code spark.hadoop.*} settings (S3A credentials, HDFS name nodes) apply where files are opened.
 * Immutable.
 */
final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> entries;

    private HadoopConf(Map<String, String> entries) {
        this.entries = entries;
    }

    /** A copy of every entry of {@code conf}. */
    static HadoopConf of(Configuration conf) {
        Map<String, String> entries = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            entries.put(e.getKey(), e.getValue());
        }
        return new HadoopConf(entries);
    }

    /** A fresh configuration holding the copied entries. */
    Configuration toConfiguration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
