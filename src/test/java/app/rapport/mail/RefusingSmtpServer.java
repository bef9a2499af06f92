package app.rapport.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server that greets and then refuses every recipient with 550, as a server does for an
 * address that does not exist: the permanent failure GreenMail cannot play.
 */
final class RefusingSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0);
        thread = new Thread(this::serve, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                    var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    var out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 refusing.test ESMTP");
                String line;
                session:
                while ((line = in.readLine()) != null) {
                    var command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (command) {
                        case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                        case "MAIL" -> reply(out, "250 2.1.0 Ok");
                        case "RCPT" -> reply(out, "550 5.1.1 No such user here");
                        case "QUIT" -> {
                            reply(out, "221 2.0.0 Bye");
                            break session;
                        }
                        default -> reply(out, "250 Ok");
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
