package io.github.verbatim.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files under the job's inputs through Hadoop's {@link FileSystem}, so any Hadoop-compatible store
 * works (local, HDFS, S3A). Folders are expanded recursively; files whose names start with {@code .} or
 * {@code _} (hidden files, {@code _SUCCESS} markers) are left out, as the CLI leaves out hidden files. Each input's
 * files come in path order, inputs in the order given, so "first seen" means the same on every run.
 * Stateless.
 */
final class InputFiles {

    private InputFiles() {
    }

    /** Fully qualified URIs of every file under {@code inputs}; fails naming the first input that does not exist. */
    static List<String> list(List<String> inputs, Configuration conf) throws IOException {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                throw new FileNotFoundException(input + ": no such file or folder");
            }
            if (status.isFile()) {
                files.add(fs.makeQualified(status.getPath()).toString());
                continue;
            }
            List<String> under = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
            while (it.hasNext()) {
                LocatedFileStatus f = it.next();
                if (f.isFile() && !hidden(f.getPath())) {
                    under.add(fs.makeQualified(f.getPath()).toString());
                }
            }
            under.sort(null);
            files.addAll(under);
        }
        return files;
    }

    /** Whether the file's own name starts with '.' or '_'. */
    private static boolean hidden(Path file) {
        String name = file.getName();
        return name.startsWith(".") || name.startsWith("_");
    }
}
