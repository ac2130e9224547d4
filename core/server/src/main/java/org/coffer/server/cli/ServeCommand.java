package org.coffer.server.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coffer.server.Coffer;
import org.coffer.server.config.CofferConfig;
import org.coffer.server.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Runs the web server until stopped with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Port to listen on (default: server.port, else 8080; 0 picks a free one).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        CofferConfig config = Workspace.config();
        serve(port == null ? config : config.withPort(port));
        return 0;
    }

    /** Serves until the process is told to stop, then closes the server and the database cleanly. */
    static void serve(CofferConfig config) throws InterruptedException {
        Coffer coffer = Workspace.open(config);
        WebServer server;
        try {
            server = WebServer.start(coffer);
        } catch (RuntimeException e) {
            coffer.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (coffer; server) {
                System.out.println("Stopping Coffer.");
            } finally {
                stopped.countDown();
            }
        }, "coffer-shutdown"));
        System.out.println("Coffer is running at http://" + config.host() + ":" + server.port()
                + "/  (database " + config.databaseFile() + "; press Ctrl+C to stop)");
        if (coffer.users().isEmpty()) {
            System.out.println("No one can sign in yet: add the first administrator with "
                    + "coffer users add NAME --role administrator");
        }
        stopped.await();
    }
}
