import React, { useEffect, useState } from "react";
import "../desk.css";
import { createRoot } from "react-dom/client";
import "@chatscope/chat-ui-kit-styles/dist/default/styles.min.css";
import {
  MainContainer,
  ChatContainer,
  ConversationHeader,
  MessageList,
  Message,
  MessageInput,
} from "@chatscope/chat-ui-kit-react";
import { CONVERSATIONS } from "../conversations.js";

function App() {
  const [who, setWho] = useState("Dana");
  const [threads, setThreads] = useState(CONVERSATIONS);
  const [html, setHtml] = useState("");
  const [text, setText] = useState("");
  useEffect(() => {
    window.hostCustomerSays = (said) =>
      setThreads((t) => ({ ...t, [who]: [...t[who], { from: "customer", text: said }] }));
    window.hostDraft = () => text;
  });
  const send = (_html, plain) => {
    setThreads((t) => ({ ...t, [who]: [...t[who], { from: "agent", text: plain }] }));
    setHtml("");
    setText("");
  };
  return (
    <div className="desk">
      <nav className="inbox">
        {Object.keys(threads).map((name) => (
          <button key={name} type="button" aria-pressed={name === who} onClick={() => setWho(name)}>
            {name}
          </button>
        ))}
      </nav>
      <MainContainer>
        <ChatContainer>
          <ConversationHeader>
            <ConversationHeader.Content userName={who} info="Customer" />
          </ConversationHeader>
          <MessageList>
            {threads[who].map((m, i) => (
              <Message
                key={who + i}
                model={{
                  message: m.text,
                  direction: m.from === "customer" ? "incoming" : "outgoing",
                  position: "single",
                  sender: m.from === "customer" ? who : "Agent",
                }}
              />
            ))}
          </MessageList>
          <MessageInput
            placeholder="Type your reply"
            attachButton={false}
            value={html}
            onChange={(h, _content, inner) => {
              setHtml(h);
              setText(inner);
            }}
            onSend={send}
          />
        </ChatContainer>
      </MainContainer>
    </div>
  );
}

createRoot(document.getElementById("root")).render(<App />);
